import type { QueryResult } from 'pg';
import { INSTANCE_COLUMNS, type InstanceRow } from '../instances/instance.rows';
import { sqlLiteral } from '../sql';
import type { TaskRow } from '../tasks/task.rows';

/** The locked instance with what the event path decides on, read in the same statement. */
export interface LockedInstanceRow extends InstanceRow {
  /** Open tasks, oldest first (`json_agg`: timestamps as strings). */
  open_tasks: TaskRow[];
  /** The actor's current token version; NULL when deactivated or gone (or no actor asked). */
  actor_token_version: number | null;
}

/** Anything that runs one statement: a transaction's connection. */
export interface Queryable {
  query(sql: string): Promise<QueryResult>;
}

/**
 * The SQL expression yielding the user's current token version, or NULL when the user is
 * deactivated or gone.
 */
export function activeTokenVersionSql(username: string): string {
  return `(SELECT u.token_version FROM users u WHERE u.username = ${sqlLiteral(username)} AND u.active)`;
}

/**
 * `SELECT … FOR UPDATE` of one instance, its open tasks and the actor's token version: one
 * round trip, parameter-free so BEGIN rides with it. `actor` null skips the user (the system).
 */
export function instanceLockSql(instanceId: string, actor: string | null): string {
  return `${lockedInstanceSelect(actor)}
FROM instances i WHERE i.id = ${sqlLiteral(instanceId)}::uuid FOR UPDATE`;
}

/**
 * The same lock and read for many instances of the system actor (the timer drain): one
 * statement for a whole batch. The order of the rows is not that of `instanceIds`.
 */
export function instancesLockSql(instanceIds: readonly string[]): string {
  const ids = instanceIds.map((id) => `${sqlLiteral(id)}::uuid`).join(', ');
  return `${lockedInstanceSelect(null)}
FROM instances i WHERE i.id IN (${ids}) FOR UPDATE`;
}

/** The columns of {@link LockedInstanceRow} over `instances i`. */
function lockedInstanceSelect(actor: string | null): string {
  return `SELECT ${INSTANCE_COLUMNS},
  (SELECT COALESCE(json_agg(t ORDER BY t.created_at, t.id), '[]'::json) FROM tasks t WHERE t.instance_id = i.id AND t.status = 'open') AS open_tasks,
  ${actor === null ? 'NULL' : activeTokenVersionSql(actor)} AS actor_token_version`;
}

/** Locks the instance row until the transaction ends; `undefined` when there is none. */
export async function lockInstance(
  q: Queryable,
  instanceId: string,
  actor: string | null,
): Promise<LockedInstanceRow | undefined> {
  const result = await q.query(instanceLockSql(instanceId, actor));
  return result.rows[0] as LockedInstanceRow | undefined;
}

/** Locks (or keeps locked) the system actor's instances until the transaction ends; the ones that exist. */
export async function lockInstances(q: Queryable, instanceIds: readonly string[]): Promise<LockedInstanceRow[]> {
  if (instanceIds.length === 0) return [];
  const result = await q.query(instancesLockSql(instanceIds));
  return result.rows as LockedInstanceRow[];
}
