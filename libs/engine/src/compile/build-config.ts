import type { ActionRef, JsonObject, TaskSpec, WorkflowSpec } from '../definition/definition.types';
import { walkStates } from '../definition/state-walk';
import type { StartInput } from '../runtime/engine-event';
import { jsonClone } from '../support/json-value';
import { addApprovalTransitions } from './approval-transitions';
import { addMoveTransitions } from './move-transitions';
import { CLOSE_TASK_ACTION, OPEN_TASK_ACTION } from './markers';

const toList = (refs: ActionRef | ActionRef[] | undefined): ActionRef[] =>
  refs === undefined ? [] : Array.isArray(refs) ? refs : [refs];

/**
 * The XState config for a spec: a detached copy whose task states open their task on
 * entry and close it on exit (so re-entry closes and reopens), and whose context is
 * `{...spec.context, ...input}`.
 */
export function buildMachineConfig(spec: WorkflowSpec): {
  config: JsonObject;
  tasks: Record<string, TaskSpec>;
  approvals: boolean;
  moveTargets: string[];
} {
  const copy = jsonClone(spec) as unknown as JsonObject;
  const tasks: Record<string, TaskSpec> = {};
  for (const state of walkStates(copy)) {
    const task = state.node.meta?.task;
    if (!task) continue;
    const path = state.keys.join('.');
    tasks[path] = jsonClone(task);
    state.node.entry = [{ type: OPEN_TASK_ACTION, params: { path } }, ...toList(state.node.entry)];
    state.node.exit = [...toList(state.node.exit), { type: CLOSE_TASK_ACTION, params: { path } }];
  }
  const approvals = addApprovalTransitions(copy, spec);
  const moveTargets = addMoveTransitions(copy, spec.id);
  const initialContext = jsonClone(spec.context ?? {});
  const config: JsonObject = {
    ...copy,
    context: ({ input }: { input?: StartInput }) => ({ ...jsonClone(initialContext), ...jsonClone(input?.data ?? {}) }),
  };
  return { config, tasks, approvals, moveTargets };
}
