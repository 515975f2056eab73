import type { QueryResult } from 'pg';
import type { Tx } from '../common/transaction';

/**
 * One event's view of a batch transaction: queries go to the batch, but the event's write
 * (`writeAtCommit`) is held here, so the batcher sends it together with the RELEASE of the
 * event's savepoint — its errors then belong to this event alone — or drops it when the event fails.
 */
export class EventSavepointTx implements Tx {
  private pending?: string;

  constructor(private readonly batch: Tx) {}

  async query(sql: string, params?: unknown[]): Promise<QueryResult> {
    const pending = this.takePending();
    if (pending) await this.batch.query(pending);
    return this.batch.query(sql, params);
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
}
