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
  /**
   * Whether the definition declares searchable fields (`search_fields`), read under the row lock:
   * then the step writes the instance's search values (migration SearchFields1766800000000).
   */
  search_declared: boolean;
}

/** Anything that runs one statement: a transaction's connection. */
export interface Queryable {
  query(sql: string): Promise<QueryResult>;
}

/**
 * `SELECT … FOR UPDATE` of one instance, its open tasks and the actor's token version: one
 * round trip, parameter-free so BEGIN rides with it. `actor` null skips the user (the system).
 * The statement is `liucheng_lock_instance` (migration EventPathFunctions1766520000000), whose
 * plan PostgreSQL keeps per connection: as text it was parsed and planned on every event.
 */
export function instanceLockSql(instanceId: string, actor: string | null): string {
  return `SELECT * FROM liucheng_lock_instance(${sqlLiteral(instanceId)}::uuid, ${actor === null ? 'NULL' : sqlLiteral(actor)})`;
}

/**
 * The same lock and read for many instances of the system actor (the timer drain): one
 * statement for a whole batch, written out (one plan per batch is cheap enough). The order of
 * the rows is not that of `instanceIds`.
 */
export function instancesLockSql(instanceIds: readonly string[]): string {
  const ids = instanceIds.map((id) => `${sqlLiteral(id)}::uuid`).join(', ');
  return `${lockedInstanceSelect()}
FROM instances i WHERE i.id IN (${ids}) FOR UPDATE`;
}

/** The columns of {@link LockedInstanceRow} over `instances i` for the system actor, as `liucheng_lock_instance`'s. */
function lockedInstanceSelect(): string {
  return `SELECT ${INSTANCE_COLUMNS},
  (SELECT COALESCE(json_agg(t ORDER BY t.created_at, t.id), '[]'::json) FROM tasks t WHERE t.instance_id = i.id AND t.status = 'open') AS open_tasks,
  NULL AS actor_token_version,
  EXISTS (SELECT 1 FROM search_fields f WHERE f.definition_key = i.definition_key) AS search_declared`;
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
