import { castLiteral, sqlLiteral } from '../sql';
import type { Queryable } from '../step-commit/instance-lock.query';

/** What a start decides on before it steps the engine, read in its first round trip. */
export interface StartContextRow {
  /** The version asked for, or the latest published one; null when the definition has none. */
  version: number | null;
  /** The actor's current token version; null when deactivated or gone (or no actor asked). */
  actor_token_version: number | null;
}

/**
 * `liucheng_start_context` (migration StartPathFunctions1766900000000): parameter-free so BEGIN
 * rides with it, planned once per connection. `version` null asks for the latest published one;
 * `actor` null skips the user (scheduled starts, the system).
 */
export function startContextSql(definitionKey: string, version: number | null, actor: string | null): string {
  const v = version === null ? 'NULL' : castLiteral(version, 'int');
  return `SELECT * FROM liucheng_start_context(${sqlLiteral(definitionKey)}, ${v}, ${actor === null ? 'NULL' : sqlLiteral(actor)})`;
}

/** The start's definition version and the actor's token version, in the caller's transaction. */
export async function readStartContext(
  q: Queryable,
  definitionKey: string,
  version: number | null,
  actor: string | null,
): Promise<StartContextRow> {
  const result = await q.query(startContextSql(definitionKey, version, actor));
  return result.rows[0] as StartContextRow;
}
