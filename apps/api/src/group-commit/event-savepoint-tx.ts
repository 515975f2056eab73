import type { QueryResult } from 'pg';
import type { Tx } from '../common/transaction';

export const SAVEPOINT = 'liucheng_event';

/**
 * One event's view of a batch transaction. Its savepoint is set by its first statement (riding
 * with it when that is parameter-free, as the row lock is: no extra round trip), and its write
 * (`writeAtCommit`) is held here, so the batcher sends it together with the RELEASE — its errors
 * then belong to this event alone — or drops it when the event fails.
 */
export class EventSavepointTx implements Tx {
  private pending?: string;
  /** True once SAVEPOINT was sent: from then on a failure must roll back to it. */
  started = false;

  constructor(private readonly batch: Tx) {}

  async query(sql: string, params?: unknown[]): Promise<QueryResult> {
    const pending = this.takePending();
    if (pending) await this.batch.query(this.withSavepoint(pending));
    if (this.started) return this.batch.query(sql, params);
    if (params?.length) {
      await this.batch.query(this.withSavepoint(''));
      return this.batch.query(sql, params);
    }
    return lastResult(await this.batch.query(this.withSavepoint(sql)));
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

  /** `sql` preceded by this event's SAVEPOINT when that was not sent yet. */
  withSavepoint(sql: string): string {
    if (this.started) return sql;
    this.started = true;
    return sql ? `SAVEPOINT ${SAVEPOINT}; ${sql}` : `SAVEPOINT ${SAVEPOINT}`;
  }
}

/** A multi-statement simple query answers with one result per statement. */
function lastResult(result: QueryResult | QueryResult[]): QueryResult {
  return Array.isArray(result) ? result[result.length - 1] : result;
}
