/**
 * Which database failures are the database's absence (retry later) rather than a bug.
 * The shapes come from `pg` (Node socket errors, pool and client messages), PostgreSQL's
 * SQLSTATE codes, and TypeORM, which wraps a query's error as `driverError`.
 */

/** Why the request could not be served; the `code` of the 503 body. */
export type DatabaseFailure = 'database-unavailable' | 'transaction-conflict';

/** Seconds a client should wait before retrying a 503. */
export const RETRY_AFTER_SECONDS = 1;

/** Socket-level failures of the connection to the server. */
const SOCKET_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * SQLSTATE: 57P01 admin shutdown (pg_terminate_backend, fast shutdown), 57P02 crash shutdown,
 * 57P03 cannot connect now (starting up, recovering), 53300 too many connections.
 * Class 08 (connection exception) is matched by prefix.
 */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);

/** SQLSTATE 40001 serialization failure, 40P01 deadlock: the transaction was rolled back, retry it. */
const CONFLICT_SQLSTATES = new Set(['40001', '40P01']);

/** Messages of `pg` and `pg-pool` when a connection is gone or cannot be had. */
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect/,
  /^Query read timeout/,
  /^Client has encountered a connection error/,
  /^Client was closed and is not queryable/,
  /^Connection ended unexpectedly/,
  /the database system is (starting up|shutting down|in recovery mode)/,
  /^terminating connection/,
];

/** The failure class of an error, or `undefined` when it is not a database availability problem. */
export function databaseFailureOf(error: unknown): DatabaseFailure | undefined {
  for (const e of causes(error)) {
    const code = typeof e.code === 'string' ? e.code : undefined;
    if (code && CONFLICT_SQLSTATES.has(code)) return 'transaction-conflict';
    if (code && (SOCKET_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code)))
      return 'database-unavailable';
    if (typeof e.message === 'string' && UNAVAILABLE_MESSAGES.some((m) => m.test(e.message as string)))
      return 'database-unavailable';
  }
  return undefined;
}

/** True when the connection that raised `error` cannot be trusted for another statement. */
export function isConnectionLoss(error: unknown): boolean {
  return databaseFailureOf(error) === 'database-unavailable';
}

interface ErrorLike {
  code?: unknown;
  message?: unknown;
}

/** The error and what it wraps (TypeORM's `driverError`, `cause`, an AggregateError's parts). */
function causes(error: unknown, depth = 0): ErrorLike[] {
  if (typeof error !== 'object' || error === null || depth > 3) return [];
  const e = error as ErrorLike & { driverError?: unknown; cause?: unknown; errors?: unknown };
  const nested = [e.driverError, e.cause, ...(Array.isArray(e.errors) ? e.errors : [])];
  return [e, ...nested.flatMap((n) => causes(n, depth + 1))];
}
