import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { HistoryEntry, HistoryResponse, ReplayResponse, VerifyResponse } from '@liucheng/contracts';
import {
  canonicalJson,
  replay,
  start,
  step,
  verifyChain,
  type CompiledWorkflow,
  type RecordedEvent,
  type StepResult,
} from '@liucheng/engine';
import { ApiError } from '../common/api-error';
import { rows } from '../common/transaction';
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
    let results: StepResult[];
    try {
      results = replay(compiled, entries.slice(0, upTo).map(toRecorded));
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
   * Recomputes the hash chain and replays every entry: each stored `stateAfter`, and the
   * instance's stored state and context, must equal what the engine recomputes.
   */
  async verify(instanceId: string): Promise<VerifyResponse> {
    const row = await this.instance(instanceId);
    const entries = await this.entries(instanceId);
    const chain = verifyChain(entries.map((e) => ({ ...toEntry(e), instanceId })));
    const compiled = await this.definitions.get(this.dataSource, row.definition_key, row.definition_version);
    const replayed = replayEach(compiled, entries.map(toRecorded));
    let replayBad: { seq: number; reason: string } | undefined;
    for (let i = 0; i < entries.length && !replayBad; i++) {
      const result = replayed.results[i];
      if (!result)
        replayBad = { seq: i + 1, reason: `replay failed at seq ${i + 1}: ${replayed.error ?? 'no result'}` };
      else if (canonicalJson(result.state) !== canonicalJson(entries[i].state_after))
        replayBad = { seq: i + 1, reason: `stateAfter of seq ${i + 1} differs from the replay` };
    }
    if (!replayBad && entries.length > 0) {
      const last = replayed.results[entries.length - 1];
      if (row.seq !== entries.length)
        replayBad = {
          seq: Math.min(row.seq, entries.length),
          reason: `instance seq ${row.seq} but ${entries.length} history entries`,
        };
      else if (
        canonicalJson(last.state) !== canonicalJson(row.state) ||
        canonicalJson(last.context) !== canonicalJson(row.snapshot.context ?? {})
      ) {
        replayBad = { seq: entries.length, reason: 'the stored instance state or context differs from the replay' };
      }
    }
    const bad = [
      chain.ok ? undefined : { seq: chain.firstBadSeq ?? 1, reason: chain.reason ?? 'hash chain broken' },
      replayBad,
    ]
      .filter((b): b is { seq: number; reason: string } => b !== undefined)
      .sort((a, b) => a.seq - b.seq)[0];
    return bad
      ? { ok: false, checked: entries.length, firstBadSeq: bad.seq, reason: bad.reason }
      : { ok: true, checked: entries.length };
  }

  private async instance(id: string): Promise<InstanceRow> {
    const [row] = await rows<InstanceRow>(
      this.dataSource,
      `SELECT definition_key, definition_version, status, state, snapshot, seq FROM instances WHERE id = $1`,
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

/**
 * `replay` of the whole history; when it throws, the entries are re-run one by one to
 * find the first that no longer applies.
 */
function replayEach(compiled: CompiledWorkflow, events: RecordedEvent[]): { results: StepResult[]; error?: string } {
  try {
    return { results: replay(compiled, events) };
  } catch (error) {
    const results: StepResult[] = [];
    try {
      for (const [i, event] of events.entries()) {
        results.push(
          i === 0
            ? start(compiled, event.data, new Date(event.at), event.actor)
            : step(
                compiled,
                results[i - 1].snapshot,
                { type: event.type, data: event.data, actor: event.actor },
                new Date(event.at),
              ),
        );
      }
    } catch (inner) {
      return { results, error: inner instanceof Error ? inner.message : String(inner) };
    }
    return { results, error: error instanceof Error ? error.message : String(error) };
  }
}
