import type { AnyMachineSnapshot } from 'xstate';
import type { Applied } from '../approval/approval-book';
import { bookTransition } from '../approval/approval-book';
import type { CompiledWorkflow } from '../compile/compiled-workflow.types';
import { moveMachineEvent } from '../compile/move-transitions';
import type { JsonObject, JsonSchema } from '../definition/definition.types';
import { validateData } from '../schema/validate-data';
import { EventRejectedError } from './engine.errors';
import { machineTransition } from './machine-transition';
import type { EngineEvent } from './runtime.types';

/** An operation in the record: an admin moves a running instance to another state (a repair). */
export const MOVE_EVENT = '@move';

export const MOVE_EVENT_SCHEMA: JsonSchema = {
  type: 'object',
  properties: {
    to: { type: 'string', minLength: 1, maxLength: 500 },
    reason: { type: 'string', minLength: 1, maxLength: 500 },
  },
  required: ['to', 'reason'],
  additionalProperties: false,
};

/**
 * `@move {to, reason}`: the instance goes to state `to` of its own definition version as if a
 * transition took it there (compile added one per state, see move-transitions.ts): the states
 * left close their tasks as `moved` and cancel their timers, the target's entry runs as usual
 * (tasks open, timers schedule, approval rounds open), a final target ends the instance. Inside a
 * running parallel state only the target's region moves. Pure; replay applies it the same way.
 */
export function applyMove(
  compiled: CompiledWorkflow,
  current: AnyMachineSnapshot,
  event: Required<EngineEvent>,
  now: Date,
): Applied {
  const errors = validateData(MOVE_EVENT_SCHEMA, event.data);
  if (errors.length > 0) throw new EventRejectedError('invalid-data', MOVE_EVENT, [], errors);
  if (current.status !== 'active') throw new EventRejectedError('not-accepted', MOVE_EVENT, []);
  const to = String(event.data.to);
  if (!(compiled.moveTargets ?? []).includes(to))
    throw new EventRejectedError(
      'invalid-data',
      MOVE_EVENT,
      [],
      [
        {
          path: '/to',
          code: 'unknown-state',
          params: { to },
          severity: 'error',
          message: `no state ${to} in this definition version`,
        },
      ],
    );
  const [next, actions] = machineTransition(compiled, current, { ...event, type: moveMachineEvent(to) }, MOVE_EVENT);
  const applied = bookTransition(compiled, next, actions, now);
  // Nobody decided the tasks of the states left: they were moved away from.
  const effects = applied.effects.map((e) => (e.kind === 'closeTask' ? { ...e, status: 'moved' as const } : e));
  return { snapshot: applied.snapshot, effects };
}

/** Data of a `@move` entry. */
export interface MoveData extends JsonObject {
  to: string;
  reason: string;
}
