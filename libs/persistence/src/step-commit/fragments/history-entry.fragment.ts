import type { InstanceRow } from '../../instances/instance.rows';
import { jsonLiteral, sqlLiteral } from '../../sql';
import type { HistoryEntryWrite } from '../step-commit';
import type { FragmentContext } from './fragment-context';

/** Appends the step's hash-chained history entry (state after and hash: the instance row's). */
export function historyEntryFragment(entry: HistoryEntryWrite, row: InstanceRow, c: FragmentContext): string {
  return `INSERT INTO instance_events (instance_id, seq, type, data, actor, at, state_after, prev_hash, hash)
  VALUES (${c.instanceId}, ${c.seq}, ${sqlLiteral(entry.type, 'instance_events.type')},
    ${jsonLiteral(entry.data, 'jsonb', 'instance_events.data')}, ${sqlLiteral(entry.actor)}, ${c.at},
    ${jsonLiteral(row.state, 'jsonb', 'instance_events.state_after')}, ${sqlLiteral(entry.prevHash)}, ${sqlLiteral(row.last_hash)})`;
}
