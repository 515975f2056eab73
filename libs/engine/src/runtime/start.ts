import { inertInitialTransition } from './inert-transition';
import type { CompiledWorkflow } from '../compile/compiled-workflow.types';
import type { JsonObject } from '../definition/definition.types';
import { validateData } from '../schema/validate-data';
import { acceptedEventsOf } from './accepted-events';
import { rejectingCalendarErrors } from './calendar-rejection';
import { withCalendar, type StepOptions } from './calendar-scope';
import type { StartInput } from './engine-event';
import { EventRejectedError } from './engine.errors';
import { bookTransition, type Applied } from '../approval/approval-book';
import { readApprovals, withApprovals } from '../approval/approvals-context';
import { runTransition } from './run-transition';
import type { StepResult } from './runtime.types';
import { persistSnapshot, stepResult } from './snapshot';

const noneAccepted = (): string[] => [];

/** The event type of history entry 1. */
export const START_EVENT = '@start';

/**
 * The initial machine snapshot and the actions run entering it; throws like {@link start}.
 * `start` and history verification share it.
 */
export function enter(compiled: CompiledWorkflow, input: JsonObject, now: Date, actor: string): Applied {
  const data = input ?? {};
  const schema = compiled.spec.meta.input;
  if (schema) {
    const errors = validateData(schema, data);
    if (errors.length > 0) throw new EventRejectedError('invalid-data', START_EVENT, [], errors);
  }
  const startInput: StartInput = { data, actor, at: now.toISOString() };
  const [first, actions] = runTransition(START_EVENT, noneAccepted, () =>
    inertInitialTransition(compiled.machine, startInput),
  );
  // Approvals remember the starter (撤回, 催办 and "the starter approves" need it).
  const next = compiled.features?.approvals ? withApprovals(compiled.machine, first, readApprovals({}, actor)) : first;
  return bookTransition(compiled, next, actions, now);
}

/**
 * The instance's first snapshot: `context` merged with `input` (input wins), with the
 * effects of entering the initial states. Throws EventRejectedError('invalid-data') when
 * `input` fails `meta.input`.
 *
 * @example const first = start(compiled, { days: 3 }, new Date('2026-01-05T09:00:00Z'), 'staff');
 */
export function start(
  compiled: CompiledWorkflow,
  input: JsonObject,
  now: Date,
  actor: string,
  options: StepOptions = {},
): StepResult {
  const { snapshot, effects } = withCalendar(options.calendar, () =>
    rejectingCalendarErrors(START_EVENT, () => enter(compiled, input, now, actor)),
  );
  return stepResult(persistSnapshot(compiled.machine, snapshot), effects, acceptedEventsOf(snapshot));
}
