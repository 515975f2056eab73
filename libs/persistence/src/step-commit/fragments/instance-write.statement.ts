import type { InstanceRow } from '../../instances/instance.rows';
import { castLiteral, jsonLiteral, sqlLiteral } from '../../sql';
import type { FragmentContext } from './fragment-context';

/**
 * The statement the CTEs hang on: the new instance row (a start) or the stepped one. A start's
 * row brings its search values along (`liucheng_start_search_values`, migration
 * SearchFields1766800000000), read from the row it returns rather than a second literal.
 */
export function instanceWriteStatement(row: InstanceRow, inserted: boolean, c: FragmentContext): string {
  const status = sqlLiteral(row.status);
  const state = jsonLiteral(row.state, 'jsonb', 'instances.state');
  const snapshot = jsonLiteral(row.snapshot, 'jsonb', 'instances.snapshot');
  const lastHash = sqlLiteral(row.last_hash);
  if (!inserted) {
    return `UPDATE instances SET status = ${status}, state = ${state}, seq = ${c.seq}, last_hash = ${lastHash}, updated_at = ${c.at},
  snapshot = ${snapshot}
WHERE id = ${c.instanceId}`;
  }
  return `INSERT INTO instances (id, definition_key, definition_version, status, state, snapshot, business_key, started_by,
  seq, last_hash, created_at, updated_at)
VALUES (${c.instanceId}, ${sqlLiteral(row.definition_key)}, ${castLiteral(row.definition_version, 'int')}, ${status}, ${state},
  ${snapshot}, ${sqlLiteral(row.business_key, 'instances.business_key')}, ${sqlLiteral(row.started_by)},
  ${c.seq}, ${lastHash}, ${c.at}, ${c.at})
RETURNING liucheng_start_search_values(id, definition_key, snapshot->'context')`;
}
