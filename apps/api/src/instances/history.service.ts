import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { HistoryEntry, HistoryResponse, ReplayResponse, VerifyResponse } from '@liucheng/contracts';
import { replay, verifyHistory, type RecordedEvent, type StepResult } from '@liucheng/engine';
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
  at: Date;
  state_after: HistoryEntry['stateAfter'];
  prev_hash: string;
  hash: string;
}

/** History, replay and verification: everything recomputed from the stored entries. */
@Injectable()
export class HistoryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly definitions: CompiledDefinitionsService,
  ) {}

  async history(instanceId: string): Promise<HistoryResponse> {
    await this.instance(instanceId);
    return { items: (await this.entries(instanceId)).map(toEntry) };
  }

  /** The instance right after entry `seq` (default: the latest), replayed from history. */
  async replay(instanceId: string, seq?: number): Promise<ReplayResponse> {
    const row = await this.instance(instanceId);
    const entries = await this.entries(instanceId);
    const upTo = seq ?? entries.length;
    if (upTo > entries.length)
      throw ApiError.notFound(`Instance ${instanceId} has no history entry ${upTo} (last is ${entries.length})`);
    const compiled = await this.definitions.get(this.dataSource, row.definition_key, row.definition_version);
    const calendar = await calendarForSpec(this.dataSource, compiled.spec);
    let results: StepResult[];
    try {
      results = replay(compiled, entries.slice(0, upTo).map(toRecorded), { calendar });
    } catch (error) {
      throw ApiError.conflict(
        `The history no longer replays: ${error instanceof Error ? error.message : String(error)}`,
        { reason: 'replay-failed' },
      );
    }
    const last = results[results.length - 1];
    return { seq: upTo, state: last.state, context: last.context, status: last.status };
  }

  /**
   * Recomputes the hash chain and replays every entry (the engine's `verifyHistory`): each stored
   * `stateAfter`, and the instance's stored seq, state, context, status and last hash, must equal
   * what the engine recomputes.
   */
  async verify(instanceId: string): Promise<VerifyResponse> {
    const row = await this.instance(instanceId);
    const entries = await this.entries(instanceId);
    const compiled = await this.definitions.get(this.dataSource, row.definition_key, row.definition_version);
    const calendar = await calendarForSpec(this.dataSource, compiled.spec);
    const result = verifyHistory(
      compiled,
      entries.map((e) => ({ ...toEntry(e), instanceId })),
      {
        seq: row.seq,
        state: row.state,
        context: row.snapshot.context ?? {},
        // A cancelled instance was stopped from outside its history, so replay cannot give that status.
        status: row.status === 'cancelled' ? undefined : row.status,
        lastHash: row.last_hash,
      },
      { calendar },
    );
    const failure = result.firstFailure;
    return failure
      ? { ok: false, checked: result.checked, firstBadSeq: failure.seq, reason: failure.message, code: failure.reason }
      : { ok: true, checked: result.checked };
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

  private entries(instanceId: string): Promise<EventRow[]> {
    return rows<EventRow>(
      this.dataSource,
      `SELECT seq, type, data, actor, at, state_after, prev_hash, hash FROM instance_events WHERE instance_id = $1 ORDER BY seq`,
      [instanceId],
    );
  }
}

function toEntry(row: EventRow): HistoryEntry {
  return {
    seq: row.seq,
    type: row.type,
    data: row.data,
    actor: row.actor,
    at: row.at.toISOString(),
    stateAfter: row.state_after,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

function toRecorded(row: EventRow): RecordedEvent {
  return { type: row.type, data: row.data, actor: row.actor, at: row.at.toISOString() };
}
