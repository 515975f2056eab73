import type { Pool, PoolClient, QueryResult } from 'pg';
import { DataSource } from 'typeorm';
import type { ListeningClient } from '@liucheng/persistence';
import { isConnectionLoss } from '../database/database-errors';

/** One connection inside an open transaction. */
export interface Tx {
  query(sql: string, params?: unknown[]): Promise<QueryResult>;
  /**
   * Sends a parameter-free statement together with the COMMIT (one round trip instead of two).
   * Any later `query` sends it first, so statement order is kept.
   */
  writeAtCommit(sql: string): void;
}

/**
 * A `pg` transaction that saves round trips: BEGIN travels with the first parameter-free
 * statement and the last write travels with COMMIT (simple protocol, several statements).
 */
class PgTransaction implements Tx {
  private begun = false;
  private pending?: string;

  constructor(private readonly client: PoolClient) {}

  async query(sql: string, params?: unknown[]): Promise<QueryResult> {
    await this.flush();
    if (!this.begun) {
      this.begun = true;
      if (!params?.length) return lastResult(await this.client.query(`BEGIN; ${sql}`));
      await this.client.query('BEGIN');
    }
    return this.client.query(sql, params);
  }

  writeAtCommit(sql: string): void {
    if (this.pending) throw new Error('only one statement may wait for COMMIT');
    this.pending = sql;
  }

  async commit(): Promise<void> {
    if (!this.begun)
      return this.pending ? void (await this.client.query(`BEGIN; ${this.takePending()}; COMMIT`)) : undefined;
    await this.client.query(this.pending ? `${this.takePending()}; COMMIT` : 'COMMIT');
  }

  async rollback(): Promise<void> {
    this.pending = undefined;
    if (this.begun) await this.client.query('ROLLBACK');
  }

  private async flush(): Promise<void> {
    if (!this.pending) return;
    const sql = this.takePending();
    if (!this.begun) {
      this.begun = true;
      await this.client.query(`BEGIN; ${sql}`);
    } else await this.client.query(sql);
  }

  private takePending(): string {
    const sql = this.pending as string;
    this.pending = undefined;
    return sql;
  }
}

/** A multi-statement simple query answers with one result per statement. */
function lastResult(result: QueryResult | QueryResult[]): QueryResult {
  return Array.isArray(result) ? result[result.length - 1] : result;
}

/** TypeORM's own `pg` pool, so transactions share the DataSource's connections and settings. */
function poolOf(dataSource: DataSource): Pool {
  return (dataSource.driver as unknown as { master: Pool }).master;
}

/**
 * Runs `work` in one transaction on one connection (the hot path skips TypeORM's layers).
 * Every query of the transaction must go through the given `tx`: PGlite serves one transaction
 * at a time, so a query on another pooled connection would wait forever.
 *
 * The connection dropping (server restart, pg_terminate_backend, network reset) fails this
 * transaction only: every pooled client records its connection error itself (`ListeningClient`,
 * libs/persistence). Such a connection is discarded, not rolled back (the server rolls back a
 * transaction whose connection is gone).
 */
export async function inTransaction<T>(dataSource: DataSource, work: (tx: Tx) => Promise<T>): Promise<T> {
  const client = (await poolOf(dataSource).connect()) as PoolClient & Pick<ListeningClient, 'lostWith'>;
  const tx = new PgTransaction(client);
  let broken = false;
  try {
    const result = await work(tx);
    await tx.commit();
    return result;
  } catch (error) {
    if (client.lostWith || isConnectionLoss(error)) broken = true;
    else
      await tx.rollback().catch(() => {
        broken = true;
      });
    throw error;
  } finally {
    // A connection that failed or whose rollback failed is discarded rather than reused.
    const lost = client.lostWith;
    client.release(broken || lost ? (lost ?? true) : undefined);
  }
}

/** Rows of a query, inside a transaction or on the DataSource's pool. */
export async function rows<T>(q: Tx | DataSource, sql: string, params: unknown[] = []): Promise<T[]> {
  if (q instanceof DataSource) return (await q.query(sql, params)) as T[];
  return (await q.query(sql, params)).rows as T[];
}
