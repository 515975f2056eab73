import type { InstanceRow } from '../../instances/instance.rows';
import { jsonLiteral, sqlLiteral } from '../../sql';
import type { HistoryEntryWrite } from '../step-commit';
import type { FragmentContext } from './fragment-context';

/**
 * An event's history entry and instance row in one call of `liucheng_step_event` (migration
 * EventPathFunctions1766520000000): the history INSERT and instance UPDATE that were written out
 * as statement text before, with plans PostgreSQL keeps per connection instead of planning a
 * new statement text on every event.
 */
export function eventStepStatement(
  entry: HistoryEntryWrite,
  row: InstanceRow,
  c: FragmentContext,
  searchKey?: string,
): string {
  // With the key, the function also writes the instance's search values (SearchFields1766800000000).
  const search = searchKey === undefined ? '' : `, ${sqlLiteral(searchKey)}`;
  return `SELECT liucheng_step_event(${c.instanceId}, ${c.seq}, ${sqlLiteral(entry.type, 'instance_events.type')},
  ${jsonLiteral(entry.data, 'jsonb', 'instance_events.data')}, ${sqlLiteral(entry.actor)}, ${c.at},
  ${jsonLiteral(row.state, 'jsonb', 'instance_events.state_after')}, ${sqlLiteral(entry.prevHash)}, ${sqlLiteral(row.last_hash)},
  ${sqlLiteral(row.status)}, ${jsonLiteral(row.snapshot, 'jsonb', 'instances.snapshot')}${search})`;
}
