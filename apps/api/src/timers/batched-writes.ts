import type { QueryResult } from 'pg';
import type { Tx } from '../common/transaction';

/**
 * A view of a transaction in which every `writeAtCommit` waits, in order, and all of them go
 * together: with the next `query` (one round trip before it), or with COMMIT once `release()`
 * hands them to the transaction. The timer drain steps a whole batch this way, so its N step
 * statements cost one round trip instead of N. They are parameter-free, so they can share one
 * simple-protocol message; if one fails, the transaction is aborted and the rest do not run.
 */
export class BatchedWrites implements Tx {
  private readonly waiting: string[] = [];

  constructor(private readonly tx: Tx) {}

  async query(sql: string, params?: unknown[]): Promise<QueryResult> {
    if (this.waiting.length > 0) await this.tx.query(this.take());
    return this.tx.query(sql, params);
  }

  writeAtCommit(sql: string): void {
    this.waiting.push(sql);
  }

  /** Leaves everything still waiting to the transaction's COMMIT. */
  release(): void {
    if (this.waiting.length > 0) this.tx.writeAtCommit(this.take());
  }

  private take(): string {
    return this.waiting.splice(0).join(';\n');
  }
}
