import { sqlLiteral } from '../../sql';
import type { FragmentContext } from './fragment-context';

/** Marks the timer whose event this step is as fired. */
export function timerFiredFragment({ timerId }: { timerId: string }, c: FragmentContext): string {
  return `UPDATE timers SET status = 'fired', fired_at = ${c.at}
  WHERE instance_id = ${c.instanceId} AND timer_id = ${sqlLiteral(timerId)} AND status = 'scheduled'`;
}
