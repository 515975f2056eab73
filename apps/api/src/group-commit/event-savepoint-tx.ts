import type { QueryResult } from 'pg';
import type { Tx } from '../common/transaction';

/** Savepoint names alternate between neighbouring events, so a failed statement tells whose it was. */
export function savepointName(index: number): string {
  return index % 2 === 0 ? 'liucheng_event_a' : 'liucheng_event_b';
}

/**
 * One event's view of a batch transaction. Its first statement carries what is still unsent of
 * the batch — the previous event's write and RELEASE (`carry`) — then this event's SAVEPOINT:
 * one round trip per event when that statement is parameter-free, as the row lock is. Its own
 * write (`writeAtCommit`) is held here for the batcher, which sends it with the next event or
 * the COMMIT, or drops it when the event fails.
 */
export class EventSavepointTx implements Tx {
  private pending?: string;
  /** True once this event's SAVEPOINT was sent: from then on a failure rolls back to it. */
  started = false;
  /** The statement carrying the previous event's write failed: whose failure it was is not known yet. */
  carryInDoubt = false;

  constructor(
    private readonly batch: Tx,
    readonly savepoint: string,
    private carry?: string,
  ) {}

  async query(sql: string, params?: unknown[]): Promise<QueryResult> {
    const pending = this.takePending();
    if (pending) await this.begin(pending);
    if (this.started) return this.batch.query(sql, params);
    if (params?.length) {
      await this.begin('');
      return this.batch.query(sql, params);
    }
    return lastResult(await this.begin(sql));
  }

  writeAtCommit(sql: string): void {
    if (this.pending) throw new Error('only one statement may wait for COMMIT');
    this.pending = sql;
  }

  /** The write still waiting, now the batcher's to send. */
  takePending(): string | undefined {
    const sql = this.pending;
    this.pending = undefined;
    return sql;
  }

  /** The previous event's write if this event never sent it (it failed before any statement). */
  unsentCarry(): string | undefined {
    return this.started ? undefined : this.carry;
  }

  /** Sends the carry, this event's SAVEPOINT and `sql` as one statement. */
  private async begin(sql: string): Promise<QueryResult | QueryResult[]> {
    const parts = [this.carry, `SAVEPOINT ${this.savepoint}`, sql].filter(Boolean);
    const carried = Boolean(this.carry);
    this.started = true;
    this.carry = undefined;
    try {
      return await this.batch.query(parts.join('; '));
    } catch (error) {
      this.carryInDoubt = carried;
      throw error;
    }
  }
}

/** A multi-statement simple query answers with one result per statement. */
function lastResult(result: QueryResult | QueryResult[]): QueryResult {
  return Array.isArray(result) ? result[result.length - 1] : result;
}
