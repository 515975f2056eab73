import { sqlLiteral } from '../../sql';
import type { FragmentContext } from './fragment-context';

/** Cancels a timer that is still scheduled. */
export function timerCancelledFragment({ timerId }: { timerId: string }, c: FragmentContext): string {
  return `UPDATE timers SET status = 'cancelled'
  WHERE instance_id = ${c.instanceId} AND timer_id = ${sqlLiteral(timerId)} AND status = 'scheduled'`;
}
