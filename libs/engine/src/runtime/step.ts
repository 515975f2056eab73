import { applyEvent } from '../approval/apply-event';
import type { CompiledWorkflow } from '../compile/compiled-workflow.types';
import { acceptedEventsOf } from './accepted-events';
import { rejectingCalendarErrors } from './calendar-rejection';
import { withCalendar, type StepOptions } from './calendar-scope';
import type { EngineEvent, PersistedSnapshot, StepResult } from './runtime.types';
import { persistSnapshot, restoreSnapshot, stepResult } from './snapshot';

export { eventDataErrors } from './event-data';

/**
 * Pure: the next snapshot and effects for one event at time `now`; working-time delays count in
 * `options.calendar` (the definition's calendar with the company's closures; the shipped one of
 * that key when absent). Throws EventRejectedError
 * ('invalid-data', 'not-accepted', 'guard' or 'refused'); never mutates `snapshot`.
 *
 * @example const next = step(compiled, first.snapshot, { type: 'APPROVE', actor: 'leader' }, now);
 */
export function step(
  compiled: CompiledWorkflow,
  snapshot: PersistedSnapshot,
  event: EngineEvent,
  now: Date,
  options: StepOptions = {},
): StepResult {
  const { machine } = compiled;
  const applied = withCalendar(options.calendar, () =>
    rejectingCalendarErrors(event.type, () => applyEvent(compiled, restoreSnapshot(machine, snapshot), event, now)),
  );
  return stepResult(persistSnapshot(machine, applied.snapshot), applied.effects, acceptedEventsOf(applied.snapshot));
}
