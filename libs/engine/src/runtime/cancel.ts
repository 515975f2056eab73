import type { AnyMachineSnapshot } from 'xstate';
import { activePaths, readApprovals, withApprovals } from '../approval/approvals-context';
import type { Applied } from '../approval/approval-book';
import type { CompiledWorkflow } from '../compile/compiled-workflow.types';
import type { JsonObject, JsonSchema } from '../definition/definition.types';
import { validateData } from '../schema/validate-data';
import { EventRejectedError } from './engine.errors';
import type { Effect } from './runtime.types';

/** An operation in the record: the instance is stopped with a reason, by an admin. */
export const CANCEL_EVENT = '@cancel';

export const CANCEL_EVENT_SCHEMA: JsonSchema = {
  type: 'object',
  properties: { reason: { type: 'string', minLength: 1, maxLength: 500 } },
  required: ['reason'],
  additionalProperties: false,
};

/**
 * `@cancel`: the instance stops where it is (XState status `stopped`, instance status
 * `cancelled`); every open task of an active state closes as cancelled, every timer of an
 * active state is cancelled, and an open approval round is marked cancelled. Pure; replay and
 * verification apply the same entry the same way.
 */
export function applyCancel(compiled: CompiledWorkflow, current: AnyMachineSnapshot, data: JsonObject): Applied {
  const errors = validateData(CANCEL_EVENT_SCHEMA, data);
  if (errors.length > 0) throw new EventRejectedError('invalid-data', CANCEL_EVENT, [], errors);
  if (current.status !== 'active') throw new EventRejectedError('not-accepted', CANCEL_EVENT, []);
  const active = activePaths(current);
  const effects: Effect[] = [];
  for (const path of [...active].sort())
    if (compiled.tasks?.[path]) effects.push({ kind: 'closeTask', statePath: path, status: 'cancelled' });
  for (const [eventType, path] of Object.entries(compiled.timerStates ?? {}).sort(([a], [b]) => (a < b ? -1 : 1)))
    if (active.has(path)) effects.push({ kind: 'cancelTimer', timerId: eventType });
  let snapshot: AnyMachineSnapshot = current;
  if (compiled.features?.approvals) {
    const approvals = readApprovals(current.context);
    for (const record of Object.values(approvals.states))
      if (record.status === 'open' || record.status === 'resolving') record.status = 'cancelled';
    snapshot = withApprovals(compiled.machine, current, approvals);
  }
  const stopped = compiled.machine.resolveState({
    value: snapshot.value,
    context: snapshot.context,
    historyValue: snapshot.historyValue,
    status: 'stopped',
  } as never);
  return { snapshot: stopped, effects };
}
