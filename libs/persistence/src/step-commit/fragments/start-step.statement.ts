import type { InstanceRow } from '../../instances/instance.rows';
import { castLiteral, jsonLiteral, sqlLiteral } from '../../sql';
import type { HistoryEntryWrite } from '../step-commit';
import type { FragmentContext } from './fragment-context';

/** The literals of a start's history entry: built before the effects', so the first unstorable value named stays the same. */
export interface StartHistoryLiterals {
  type: string;
  data: string;
  actor: string;
  prevHash: string;
}

export function startHistoryLiterals(entry: HistoryEntryWrite): StartHistoryLiterals {
  return {
    type: sqlLiteral(entry.type, 'instance_events.type'),
    data: jsonLiteral(entry.data, 'jsonb', 'instance_events.data'),
    actor: sqlLiteral(entry.actor),
    prevHash: sqlLiteral(entry.prevHash),
  };
}

/**
 * A start's instance row and history entry 1 in one call of `liucheng_start_instance` (migration
 * StartPathFunctions1766900000000): the rows the written-out `INSERT INTO instances` with its
 * `history_entry` CTE wrote, with plans PostgreSQL keeps per connection. The entry's state after
 * is the row's state (the function stores its `p_state` in both).
 */
export function startStepStatement(history: StartHistoryLiterals, row: InstanceRow, c: FragmentContext): string {
  // Row literals in the written-out statement's order (status, state, snapshot, hash, then the rest).
  const status = sqlLiteral(row.status);
  const state = jsonLiteral(row.state, 'jsonb', 'instances.state');
  const snapshot = jsonLiteral(row.snapshot, 'jsonb', 'instances.snapshot');
  const lastHash = sqlLiteral(row.last_hash);
  return `SELECT liucheng_start_instance(${c.instanceId}, ${sqlLiteral(row.definition_key)}, ${castLiteral(row.definition_version, 'int')},
  ${status}, ${state}, ${snapshot}, ${sqlLiteral(row.business_key, 'instances.business_key')}, ${sqlLiteral(row.started_by)},
  ${c.seq}, ${lastHash}, ${c.at}, ${history.type}, ${history.data}, ${history.actor}, ${history.prevHash})`;
}
