import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type {
  HistoryEntry,
  HistoryResponse,
  ReplayResponse,
  ReplayStepsResponse,
  VerifyResponse,
} from '@liucheng/contracts';
import {
  readsHiddenField,
  replayFinal,
  replaySteps,
  verifyHistory,
  withoutFields,
  type JsonObject,
  type RecordedEvent,
  type ReplayStep,
} from '@liucheng/engine';
import { ApiError } from '../common/api-error';
import { rows } from '../common/transaction';
import { calendarForSpec } from '../calendars/calendar.queries';
import { CompiledDefinitionsService } from '../definitions/compiled-definitions.service';
import type { InstanceRow } from './instance.mapper';

interface EventRow {
  seq: number;
  type: string;
  data: Record<string, unknown>;
  actor: string;
  /** ISO-8601 UTC with milliseconds, e.g. `2026-12-01T08:00:00.000Z`. */
  at: string;
  state_after: HistoryEntry['stateAfter'];
  prev_hash: string;
  hash: string;
}

/**
 * History, replay and verification: everything recomputed from the stored entries. `hidden`:
 * the start-form fields 表单权限 hides from the reader, left out of what they are sent (never of
 * what is recomputed: verification reads the whole entries).
 */
@Injectable()
export class HistoryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly definitions: CompiledDefinitionsService,
  ) {}

  /** The whole history, or with `limit` one page of the entries after seq `after`. */
  async history(
    instanceId: string,
    page: { after?: number; limit?: number } = {},
    hidden: readonly string[] = [],
  ): Promise<HistoryResponse> {
    await this.instance(instanceId);
    const shown = (row: EventRow) => redactedEntry(toEntry(row), hidden);
    if (page.limit === undefined) return { items: (await this.entries(instanceId, page.after)).map(shown) };
    // One row more than the page says whether another page follows.
    const found = await this.entries(instanceId, page.after, page.limit + 1);
    const items = found.slice(0, page.limit).map(shown);
    return { items, nextAfter: found.length > page.limit ? items[items.length - 1].seq : null };
  }

  /** The instance right after entry `seq` (default: the latest), replayed from history. */
  async replay(instanceId: string, seq?: number, hidden: readonly string[] = []): Promise<ReplayResponse> {
    const row = await this.instance(instanceId);
    const entries = await this.entries(instanceId);
    const upTo = seq ?? entries.length;
    if (upTo > entries.length)
      throw ApiError.notFound(`Instance ${instanceId} has no history entry ${upTo} (last is ${entries.length})`);
    const { startedOn, versions } = await this.versions(row, entries);
    const calendar = await calendarForSpec(this.dataSource, startedOn.spec);
    try {
      const recorded = entries.slice(0, upTo).map(toRecorded);
      const { state, context, status } = replayFinal(startedOn, recorded, { calendar, versions });
      return { seq: upTo, state, context: withoutFields(context, hidden).value, status };
    } catch (error) {
      throw ApiError.conflict(
        `The history no longer replays: ${error instanceof Error ? error.message : String(error)}`,
        { reason: 'replay-failed' },
      );
    }
  }

  /**
   * The player's steps `from`..`from + limit - 1`, each recomputed by the engine from the history
   * (state, active states, path so far, context and its changes); an empty page past the end.
   */
  async replaySteps(
    instanceId: string,
    from = 1,
    limit = 100,
    hidden: readonly string[] = [],
  ): Promise<ReplayStepsResponse> {
    const row = await this.instance(instanceId);
    const entries = await this.entries(instanceId);
    const { startedOn, versions, startVersion } = await this.versions(row, entries);
    let items: ReplayStep[];
    try {
      items = replaySteps(startedOn, entries.map(toRecorded), { from, limit, versions, startVersion });
    } catch (error) {
      throw ApiError.conflict(
        `The history no longer replays: ${error instanceof Error ? error.message : String(error)}`,
        { reason: 'replay-failed' },
      );
    }
    const next = from + limit;
    return {
      // Given the start version, the engine names each step's version.
      items: items.map((item) => ({ ...redactedStep(item, hidden), version: item.version ?? startVersion })),
      total: entries.length,
      nextFrom: next <= entries.length ? next : null,
    };
  }

  /**
   * Recomputes the hash chain and replays every entry (the engine's `verifyHistory`): each stored
   * `stateAfter`, and the instance's stored seq, state, context, status and last hash, must equal
   * what the engine recomputes.
   */
  async verify(instanceId: string): Promise<VerifyResponse> {
    const row = await this.instance(instanceId);
    const entries = await this.entries(instanceId);
    const { startedOn, versions } = await this.versions(row, entries);
    const calendar = await calendarForSpec(this.dataSource, startedOn.spec);
    const result = verifyHistory(
      startedOn,
      entries.map((e) => ({ ...toEntry(e), instanceId })),
      {
        seq: row.seq,
        state: row.state,
        context: row.snapshot.context ?? {},
        // `cancelled` too: a `@cancel` history entry stops the instance, so replay gives it.
        status: row.status,
        lastHash: row.last_hash,
      },
      { calendar, versions },
    );
    const failure = result.firstFailure;
    return failure
      ? { ok: false, checked: result.checked, firstBadSeq: failure.seq, reason: failure.message, code: failure.reason }
      : { ok: true, checked: result.checked };
  }

  /** The version the instance started on and each one a `@migrate` entry switched to. */
  private versions(row: InstanceRow, entries: EventRow[]) {
    return this.definitions.forHistory(this.dataSource, row.definition_key, row.definition_version, entries);
  }

  private async instance(id: string): Promise<InstanceRow> {
    const [row] = await rows<InstanceRow>(
      this.dataSource,
      `SELECT definition_key, definition_version, status, state, snapshot, seq, last_hash FROM instances WHERE id = $1`,
      [id],
    );
    if (!row) throw ApiError.notFound(`Instance ${id} does not exist`);
    return row;
  }

  /** Entries in seq order, those after `after` when given, at most `limit` when given. */
  private entries(instanceId: string, after = 0, limit?: number): Promise<EventRow[]> {
    return rows<EventRow>(
      this.dataSource,
      // `at` as the ISO text the hash covers, formatted by the server: no Date per row.
      `SELECT seq, type, data, actor, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at,
              state_after, prev_hash, hash
       FROM instance_events
       WHERE instance_id = $1 AND seq > $2 ORDER BY seq${limit === undefined ? '' : ' LIMIT $3'}`,
      limit === undefined ? [instanceId, after] : [instanceId, after, limit],
    );
  }
}

function toEntry(row: EventRow): HistoryEntry {
  return {
    seq: row.seq,
    type: row.type,
    data: row.data,
    actor: row.actor,
    at: row.at,
    stateAfter: row.state_after,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/** The entry without the hidden fields in its data (the start's input, a field edit), marked `redacted`. */
function redactedEntry(entry: HistoryEntry, hidden: readonly string[]): HistoryEntry {
  const { value, removed } = withoutFields(entry.data as JsonObject, hidden);
  return removed.length ? { ...entry, data: value, redacted: removed } : entry;
}

/** A replay step without the hidden fields: in its data, its context and the changes reading them. */
function redactedStep(step: ReplayStep, hidden: readonly string[]): ReplayStep & { redacted?: string[] } {
  if (hidden.length === 0) return step;
  const { value, removed } = withoutFields(step.data, hidden);
  return {
    ...step,
    data: value,
    context: withoutFields(step.context, hidden).value,
    changes: step.changes.filter((change) => !readsHiddenField(change.path, hidden)),
    ...(removed.length ? { redacted: removed } : {}),
  };
}

function toRecorded(row: EventRow): RecordedEvent {
  return { type: row.type, data: row.data, actor: row.actor, at: row.at };
}
