import type { LocalizedText } from '../definition/definition.types';
import { getAt } from '../support/field-path';
import { isPlainObject } from '../support/json-value';
import type { LedgerEntry, LedgerInstance, LedgerSourceSpec } from './ledger.types';

/** `meta.ledger` of a definition's meta, or none (an invalid one is refused at publishing). */
export function ledgerSources(meta: unknown): LedgerSourceSpec[] {
  if (!isPlainObject(meta) || !Array.isArray(meta.ledger)) return [];
  return meta.ledger.filter(isPlainObject) as unknown as LedgerSourceSpec[];
}

function reasonOf(source: LedgerSourceSpec, record: Record<string, unknown>): LocalizedText {
  if (typeof source.reason !== 'string') return source.reason;
  const value = getAt(record, source.reason);
  if (typeof value === 'string') return { zh: value, en: value };
  if (isPlainObject(value)) {
    const zh = typeof value.zh === 'string' ? value.zh : undefined;
    const en = typeof value.en === 'string' ? value.en : undefined;
    // A record copies only the Chinese reason sometimes; the reader still gets a text.
    if (zh !== undefined || en !== undefined) return { zh: zh ?? en ?? '', en: en ?? zh ?? '' };
  }
  return { zh: '', en: '' };
}

function personOf(source: LedgerSourceSpec, record: Record<string, unknown>, starter: string): string | null {
  if (source.person === undefined) return null;
  if (source.person === 'starter') return starter;
  const value = getAt(record, source.person);
  return typeof value === 'string' && value !== '' ? value : null;
}

const validDate = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));

/**
 * The ledger entries an instance's context holds, read through the definition's `meta.ledger`.
 * A record without a finite amount or a valid time is skipped rather than guessed.
 *
 * @example extractLedger(weeklyReportSpec.meta, instance) // [{kind: 'fine', amount: 20, person: 'staff', ...}]
 */
export function extractLedger(meta: unknown, instance: LedgerInstance): LedgerEntry[] {
  const entries: LedgerEntry[] = [];
  ledgerSources(meta).forEach((source, sourceIndex) => {
    const list = source.from === undefined ? [instance.context] : getAt(instance.context, source.from);
    if (!Array.isArray(list)) return;
    list.forEach((record: unknown, recordIndex) => {
      if (!isPlainObject(record)) return;
      if (source.when !== undefined && getAt(record, source.when) !== true) return;
      if (source.where && Object.entries(source.where).some(([k, v]) => getAt(record, k) !== v)) return;
      const amount = getAt(record, source.amount);
      const at = getAt(record, source.at ?? 'at');
      if (typeof amount !== 'number' || !Number.isFinite(amount) || !validDate(at)) return;
      const unit = source.department === undefined ? undefined : getAt(record, source.department);
      entries.push({
        kind: source.kind,
        amount,
        person: personOf(source, record, instance.startedBy),
        unit: typeof unit === 'string' && unit !== '' ? unit : null,
        at: new Date(at).toISOString(),
        reason: reasonOf(source, record),
        instanceId: instance.id,
        definitionKey: instance.definitionKey,
        source: sourceIndex,
        record: recordIndex,
      });
    });
  });
  return entries;
}
