import { castLiteral, sqlLiteral } from '../../sql';
import type { EffectWrite } from '../effect-write';
import type { FragmentContext } from './fragment-context';

type TimerScheduled = Extract<EffectWrite, { kind: 'timerScheduled' }>;

/**
 * Schedules a timer; a row of the same id (fired or cancelled before, or the firing timer itself:
 * a repeating reminder) is rescheduled in place with its failure record cleared, so an earlier
 * retry time cannot run it early.
 */
export function timerScheduledFragment({ timer }: TimerScheduled, c: FragmentContext): string {
  return `INSERT INTO timers (instance_id, timer_id, event_type, state_path, due_at, status, created_at, fired_at)
  VALUES (${c.instanceId}, ${sqlLiteral(timer.timerId)}, ${sqlLiteral(timer.eventType)}, ${sqlLiteral(timer.statePath)},
    ${castLiteral(timer.dueAt, 'timestamptz')}, 'scheduled', ${c.at}, NULL)
  ON CONFLICT (instance_id, timer_id) DO UPDATE SET event_type = EXCLUDED.event_type, state_path = EXCLUDED.state_path,
    due_at = EXCLUDED.due_at, status = 'scheduled', created_at = EXCLUDED.created_at, fired_at = NULL,
    attempts = 0, next_attempt_at = NULL, last_error = NULL, failed_at = NULL`;
}
