import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type {
  AssessmentReport,
  LedgerDepartment,
  LedgerEntryContract,
  LedgerGroupBy,
  LedgerPerson,
  LedgerReport,
  LedgerTotal,
  LocalizedLabel,
} from '@liucheng/contracts';
import {
  extractLedger,
  inheritLedger,
  ledgerSources,
  ledgerTotals,
  shanghaiMonth,
  type LedgerEntry,
  type LedgerKind,
} from '@liucheng/engine';
import { ApiError } from '../common/api-error';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { rows } from '../common/transaction';
import { ledgerScopeOf } from './ledger-scope.query';

const DAY_MS = 86_400_000;
const NONE: LocalizedLabel = { zh: '—', en: '—' };

/** A Shanghai day's midnight, or the midnight after it (`to` is inclusive). */
export function dayStart(day: string, after = false): Date {
  return new Date(new Date(`${day}T00:00:00.000+08:00`).getTime() + (after ? DAY_MS : 0));
}

interface LedgerVersion {
  key: string;
  version: number;
  meta: Record<string, unknown>;
}

interface LedgerInstanceRow {
  id: string;
  definition_key: string;
  definition_version: number;
  started_by: string;
  business_key: string | null;
  context: Record<string, unknown> | null;
}

/** The context keys a version's ledger sources read: only these leave the database. */
function contextKeys(meta: Record<string, unknown>): string[] {
  const keys = new Set<string>();
  for (const s of ledgerSources(meta)) {
    const paths = s.from !== undefined ? [s.from] : [s.amount, s.at ?? 'at', s.when, s.person, s.department];
    if (s.from === undefined && typeof s.reason === 'string') paths.push(s.reason);
    for (const p of paths) if (typeof p === 'string' && p !== 'starter') keys.add(p.split('.')[0]);
  }
  return [...keys];
}

/**
 * The ledger: the fines, points and penalties instances record, read from their contexts through
 * each definition version's `meta.ledger` (only the keys it names are selected), with people's
 * display names and departments from the organisation.
 */
@Injectable()
export class LedgerService {
  constructor(private readonly dataSource: DataSource) {}

  /** The departments `user` reads the ledger of (`undefined`: all); see ledger-scope.query.ts. */
  scopeOf(user: AuthenticatedUser): Promise<Set<string> | undefined> {
    return ledgerScopeOf(this.dataSource, user);
  }

  /** `scope`: only entries of these departments (a department head's view); all when absent. */
  async report(
    query: {
      from?: string;
      to?: string;
      groupBy?: LedgerGroupBy;
      kind?: LedgerKind;
    },
    scope?: ReadonlySet<string>,
  ): Promise<LedgerReport> {
    const groupBy = query.groupBy ?? 'person';
    if (query.from && query.to && query.to < query.from)
      throw ApiError.badRequest('to must not be before from', [
        { path: '/to', message: 'must not be before from', code: 'ledger-range-reversed' },
      ]);
    const entries = await this.entries(
      query.from ? dayStart(query.from) : undefined,
      query.to ? dayStart(query.to, true) : undefined,
      query.kind,
      scope,
    );
    return {
      from: query.from ?? null,
      to: query.to ?? null,
      groupBy,
      kind: query.kind ?? null,
      totals: totalsBy(entries, groupBy),
      entries,
    };
  }

  /** The month's points per unit, as the lead-report policy reports them to the assessment group. */
  async assessment(month: string, scope?: ReadonlySet<string>): Promise<AssessmentReport> {
    const [y, m] = month.split('-').map(Number);
    const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
    const entries = await this.entries(dayStart(`${month}-01`), dayStart(`${next}-01`), 'points', scope);
    const recipients = await rows<{ by: string | null; to: LocalizedLabel | null }>(
      this.dataSource,
      `SELECT spec->'meta'->'monthlyReport'->>'by' AS by, (spec->'meta'->'monthlyReport'->'to')::jsonb AS to
         FROM definition_versions
        WHERE status = 'published' AND json_typeof(spec->'meta'->'monthlyReport') = 'object'
        ORDER BY published_at DESC NULLS LAST LIMIT 1`,
    );
    const units = totalsBy(entries, 'department').map((t) => ({
      department: entries.find((e) => departmentKey(e) === t.key)?.department ?? null,
      points: t.points,
      entries: t.entries,
    }));
    units.sort((a, b) => b.points - a.points);
    return {
      month,
      reportedBy: recipients[0]?.by ?? null,
      reportedTo: recipients[0]?.to ?? null,
      units,
      totalPoints: units.reduce((sum, u) => sum + u.points, 0),
    };
  }

  /** Entries recorded in [from, to), newest first; with `scope`, only those of its departments. */
  async entries(
    from: Date | undefined,
    to: Date | undefined,
    kind?: LedgerKind,
    scope?: ReadonlySet<string>,
  ): Promise<LedgerEntryContract[]> {
    // Every version of a workflow that declares a ledger in some version (see inheritLedger).
    const versions = await rows<LedgerVersion>(
      this.dataSource,
      `SELECT key, version, (spec->'meta')::jsonb AS meta FROM definition_versions
        WHERE key IN (SELECT key FROM definition_versions WHERE json_typeof(spec->'meta'->'ledger') = 'array')`,
    );
    const sources = inheritLedger(versions)
      .map((v) => ({ ...v, meta: kindOnly(v.meta, kind) }))
      .filter((v) => ledgerSources(v.meta).length > 0);
    if (sources.length === 0) return [];
    const params: unknown[] = [
      JSON.stringify(sources.map((v) => ({ key: v.key, version: v.version, keys: contextKeys(v.meta) }))),
    ];
    const where: string[] = [];
    // An entry is recorded after its instance starts and before (or when) it last changed.
    if (from) where.push(`i.updated_at >= $${params.push(from.toISOString())}::timestamptz`);
    if (to) where.push(`i.created_at < $${params.push(to.toISOString())}::timestamptz`);
    const found = await rows<LedgerInstanceRow>(
      this.dataSource,
      `SELECT i.id, i.definition_key, i.definition_version, i.started_by, i.business_key,
              (SELECT jsonb_object_agg(k, i.snapshot->'context'->k) FROM jsonb_array_elements_text(v.keys) AS k
                WHERE i.snapshot->'context' ? k) AS context
         FROM instances i
         JOIN jsonb_to_recordset($1::jsonb) AS v(key text, version int, keys jsonb)
           ON v.key = i.definition_key AND v.version = i.definition_version
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`,
      params,
    );
    const metaOf = new Map(sources.map((v) => [`${v.key}@${v.version}`, v.meta]));
    const raw: Array<{ entry: LedgerEntry; row: LedgerInstanceRow }> = [];
    for (const row of found) {
      const meta = metaOf.get(`${row.definition_key}@${row.definition_version}`);
      const context = row.context ?? {};
      const instance = { id: row.id, definitionKey: row.definition_key, startedBy: row.started_by, context };
      for (const entry of extractLedger(meta, instance)) {
        const at = Date.parse(entry.at);
        if ((from && at < from.getTime()) || (to && at >= to.getTime())) continue;
        raw.push({ entry, row });
      }
    }
    const titles = new Map(sources.map((v) => [`${v.key}@${v.version}`, titleOf(v.meta, v.key)]));
    const people = await this.people(raw.map((r) => r.entry.person).filter((p): p is string => p !== null));
    const units = await this.units(raw.map((r) => r.entry.unit).filter((u): u is string => u !== null));
    return raw
      .map(({ entry, row }) => ({
        kind: entry.kind,
        amount: entry.amount,
        person: entry.person === null ? null : (people.get(entry.person)?.person ?? unknownPerson(entry.person)),
        department:
          entry.unit !== null
            ? (units.get(entry.unit) ?? { id: null, name: { zh: entry.unit, en: entry.unit } })
            : entry.person !== null
              ? (people.get(entry.person)?.department ?? null)
              : null,
        at: entry.at,
        month: shanghaiMonth(entry.at),
        reason: entry.reason,
        instanceId: entry.instanceId,
        definitionKey: entry.definitionKey,
        definitionTitle: titles.get(`${row.definition_key}@${row.definition_version}`) ?? NONE,
        businessKey: row.business_key,
      }))
      .filter((e) => !scope || (e.department?.id ? scope.has(e.department.id) : false))
      .sort((a, b) => b.at.localeCompare(a.at) || a.instanceId.localeCompare(b.instanceId));
  }

  private async people(usernames: string[]) {
    const found = await rows<{
      username: string;
      display_name: string;
      display_name_en: string | null;
      department_id: string | null;
      name_zh: string | null;
      name_en: string | null;
    }>(
      this.dataSource,
      `SELECT u.username, u.display_name, u.display_name_en, d.id AS department_id, d.name_zh, d.name_en
         FROM users u LEFT JOIN departments d ON d.id = u.department_id
        WHERE u.username = ANY($1::text[])`,
      [[...new Set(usernames)]],
    );
    return new Map(
      found.map((u) => [
        u.username,
        {
          person: {
            username: u.username,
            displayName: { zh: u.display_name, en: u.display_name_en ?? u.display_name },
          } satisfies LedgerPerson,
          department:
            u.department_id === null
              ? null
              : ({
                  id: u.department_id,
                  name: { zh: u.name_zh ?? '', en: u.name_en ?? '' },
                } satisfies LedgerDepartment),
        },
      ]),
    );
  }

  /** Units named in records, matched to departments by code or name where one fits. */
  private async units(names: string[]): Promise<Map<string, LedgerDepartment>> {
    const unique = [...new Set(names)];
    if (unique.length === 0) return new Map();
    const found = await rows<{ id: string; code: string; name_zh: string; name_en: string }>(
      this.dataSource,
      `SELECT id, code, name_zh, name_en FROM departments
        WHERE code = ANY($1::text[]) OR name_zh = ANY($1::text[]) OR name_en = ANY($1::text[])`,
      [unique],
    );
    const map = new Map<string, LedgerDepartment>();
    for (const name of unique) {
      const d = found.find((x) => x.code === name || x.name_zh === name || x.name_en === name);
      if (d) map.set(name, { id: d.id, name: { zh: d.name_zh, en: d.name_en } });
    }
    return map;
  }
}

function kindOnly(meta: Record<string, unknown>, kind: LedgerKind | undefined): Record<string, unknown> {
  if (!kind) return meta;
  return { ...meta, ledger: ledgerSources(meta).filter((s) => s.kind === kind) };
}

function titleOf(meta: Record<string, unknown>, key: string): LocalizedLabel {
  const title = meta.title as Partial<LocalizedLabel> | undefined;
  return { zh: title?.zh ?? key, en: title?.en ?? key };
}

const unknownPerson = (username: string): LedgerPerson => ({ username, displayName: { zh: username, en: username } });

function departmentKey(e: LedgerEntryContract): string {
  if (!e.department) return 'none';
  return e.department.id ?? `unit:${e.department.name.zh}`;
}

function groupOf(e: LedgerEntryContract, groupBy: LedgerGroupBy): { key: string; label: LocalizedLabel } {
  if (groupBy === 'month') return { key: e.month, label: { zh: e.month, en: e.month } };
  if (groupBy === 'department') return { key: departmentKey(e), label: e.department?.name ?? NONE };
  return e.person
    ? { key: e.person.username, label: e.person.displayName }
    : { key: `none:${departmentKey(e)}`, label: e.department?.name ?? NONE };
}

/** Totals per group; months in order, people and units by their Chinese name. */
function totalsBy(entries: LedgerEntryContract[], groupBy: LedgerGroupBy): LedgerTotal[] {
  const labels = new Map<string, LocalizedLabel>();
  const sums = ledgerTotals(entries, (e) => {
    const g = groupOf(e, groupBy);
    labels.set(g.key, g.label);
    return g.key;
  });
  const totals = [...sums].map(([key, s]) => ({ key, label: labels.get(key) ?? NONE, ...s }));
  return totals.sort((a, b) =>
    groupBy === 'month' ? a.key.localeCompare(b.key) : a.label.zh.localeCompare(b.label.zh, 'zh-CN'),
  );
}
