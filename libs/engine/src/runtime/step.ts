import { transition, type AnyMachineSnapshot } from 'xstate';
import type { CompiledWorkflow } from '../compile/compiled-workflow.types';
import type { ValidationProblem } from '../definition/validation.types';
import { validateData } from '../schema/validate-data';
import { acceptedEventsOf, isHandled } from './accepted-events';
import { toMachineEvent } from './engine-event';
import { EventRejectedError } from './engine.errors';
import { collectEffects } from './effects';
import { runTransition } from './run-transition';
import type { TransitionOutput } from './effects';
import type { EngineEvent, PersistedSnapshot, StepResult } from './runtime.types';
import { persistSnapshot, restoreSnapshot, stepResult } from './snapshot';

/** Errors of an event's data against `meta.events[type].schema`; no schema means no data. */
export function eventDataErrors(compiled: CompiledWorkflow, event: EngineEvent): ValidationProblem[] {
  const data = event.data ?? {};
  const schema = compiled.spec.meta.events?.[event.type]?.schema;
  if (schema) return validateData(schema, data);
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return [{ path: '', code: 'not-object', severity: 'error', message: 'must be an object' }];
  return Object.keys(data).map((key) => ({
    path: `/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`,
    code: 'no-data-allowed',
    params: { property: key },
    severity: 'error' as const,
    message: 'is not allowed: this event takes no data',
  }));
}

/**
 * One event applied to a live machine snapshot: the next snapshot and the executed actions.
 * Throws EventRejectedError like {@link step}; `step` and history verification share it.
 */
export function advance(
  compiled: CompiledWorkflow,
  current: AnyMachineSnapshot,
  event: EngineEvent,
  now: Date,
): TransitionOutput {
  const { machine } = compiled;
  const accepted = () => acceptedEventsOf(current);
  const dataErrors = eventDataErrors(compiled, event);
  if (dataErrors.length > 0) throw new EventRejectedError('invalid-data', event.type, accepted(), dataErrors);
  if (!isHandled(current, event.type)) throw new EventRejectedError('not-accepted', event.type, accepted());
  const machineEvent = toMachineEvent(event, now);
  return runTransition(event.type, accepted, () => {
    // Guards run inside the step scope too, so a throwing guard is reported as such.
    if (machine.getTransitionData(current, machineEvent).length === 0) {
      throw new EventRejectedError('guard', event.type, accepted());
    }
    return transition(machine, current, machineEvent);
  });
}

/**
 * Pure: the next snapshot and effects for one event at time `now`. Throws
 * EventRejectedError ('invalid-data', 'not-accepted' or 'guard'); never mutates `snapshot`.
 *
 * @example const next = step(compiled, first.snapshot, { type: 'APPROVE', actor: 'leader' }, now);
 */
export function step(
  compiled: CompiledWorkflow,
  snapshot: PersistedSnapshot,
  event: EngineEvent,
  now: Date,
): StepResult {
  const { machine } = compiled;
  const [next, actions] = advance(compiled, restoreSnapshot(machine, snapshot), event, now);
  return stepResult(persistSnapshot(machine, next), collectEffects(compiled, actions, now), acceptedEventsOf(next));
}
