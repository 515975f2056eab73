/**
 * `pg` pool and session settings so that no request waits forever while the database is away:
 * a connection attempt gives up after `connectTimeoutMs`, a statement whose answer never comes
 * (a silent network) after `queryTimeoutMs` (client side), and the server ends a statement after
 * `statementTimeoutMs` and a session idle inside a transaction (its client vanished) after
 * `idleInTransactionTimeoutMs`, releasing its locks. PGlite ignores the server-side settings.
 */
export interface PoolSettings {
  max: number;
  idleTimeoutMillis: number;
  connectionTimeoutMillis: number;
  query_timeout: number;
  statement_timeout: number;
  idle_in_transaction_session_timeout: number;
  keepAlive: true;
  keepAliveInitialDelayMillis: number;
  /** Names this process's connections in `pg_stat_activity`; `?application_name=` in the URL wins. */
  application_name: string;
}

export const DEFAULT_APPLICATION_NAME = 'liucheng-api';

/** From `LIUCHENG_DB_CONNECT_TIMEOUT_MS` (5000), `LIUCHENG_DB_QUERY_TIMEOUT_MS` (30000). */
export function poolSettings(poolSize: number, env: NodeJS.ProcessEnv = process.env): PoolSettings {
  const connectTimeoutMs = positive(env.LIUCHENG_DB_CONNECT_TIMEOUT_MS, 5_000);
  const queryTimeoutMs = positive(env.LIUCHENG_DB_QUERY_TIMEOUT_MS, 30_000);
  return {
    max: poolSize,
    idleTimeoutMillis: 10_000,
    connectionTimeoutMillis: connectTimeoutMs,
    query_timeout: queryTimeoutMs,
    // The server gives up a little before the client, so its clearer error (57014) wins the race.
    statement_timeout: Math.max(1, queryTimeoutMs - 1_000),
    idle_in_transaction_session_timeout: Math.max(60_000, queryTimeoutMs * 2),
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
    application_name: DEFAULT_APPLICATION_NAME,
  };
}

function positive(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}
