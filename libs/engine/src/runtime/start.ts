import { initialTransition } from 'xstate';
import type { CompiledWorkflow } from '../compile/compiled-workflow.types';
import type { JsonObject } from '../definition/definition.types';
import { validateData } from '../schema/validate-data';
import { acceptedEventsOf } from './accepted-events';
import type { StartInput } from './engine-event';
import { EventRejectedError } from './engine.errors';
import { collectEffects, type TransitionOutput } from './effects';
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
export function enter(compiled: CompiledWorkflow, input: JsonObject, now: Date, actor: string): TransitionOutput {
  const data = input ?? {};
  const schema = compiled.spec.meta.input;
  if (schema) {
    const errors = validateData(schema, data);
    if (errors.length > 0) throw new EventRejectedError('invalid-data', START_EVENT, [], errors);
  }
  const startInput: StartInput = { data, actor, at: now.toISOString() };
  return runTransition(START_EVENT, noneAccepted, () => initialTransition(compiled.machine, startInput));
}

/**
 * The instance's first snapshot: `context` merged with `input` (input wins), with the
 * effects of entering the initial states. Throws EventRejectedError('invalid-data') when
 * `input` fails `meta.input`.
 *
 * @example const first = start(compiled, { days: 3 }, new Date('2026-01-05T09:00:00Z'), 'staff');
 */
export function start(compiled: CompiledWorkflow, input: JsonObject, now: Date, actor: string): StepResult {
  const [next, actions] = enter(compiled, input, now, actor);
  const effects = collectEffects(compiled, actions, now);
  return stepResult(persistSnapshot(compiled.machine, next), effects, acceptedEventsOf(next));
}
