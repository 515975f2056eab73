import type { CompiledWorkflow } from '../compile/compiled-workflow.types';
import type { TaskSpec } from '../definition/definition.types';
import { taskDueAt } from '../runtime/effects';
import type { ClosedTaskStatus, CloseTaskEffect, OpenTaskEffect } from '../runtime/runtime.types';
import { taskFormSchema } from '../runtime/task-form';
import { jsonClone } from '../support/json-value';
import type { ApprovalSlot, ApprovalSpec } from './approval.types';

/** The task of an approval state, with its approval. */
export function approvalTaskAt(
  compiled: CompiledWorkflow,
  statePath: string,
): (TaskSpec & { approval: ApprovalSpec }) | undefined {
  const task = compiled.tasks?.[statePath];
  return task?.approval ? (task as TaskSpec & { approval: ApprovalSpec }) : undefined;
}

export const approveEventOf = (spec: ApprovalSpec) => spec.approve ?? 'APPROVE';
export const rejectEventOf = (spec: ApprovalSpec) => spec.reject ?? 'REJECT';

/** Opens the task of one slot: for its delegate while delegated, else for its user. */
export function openSlot(
  compiled: CompiledWorkflow,
  statePath: string,
  slot: ApprovalSlot,
  context: unknown,
  now: Date,
): OpenTaskEffect {
  const task = jsonClone(approvalTaskAt(compiled, statePath) as TaskSpec);
  const dueAt = taskDueAt(task, context, now, compiled.spec);
  const effect: OpenTaskEffect = {
    kind: 'openTask',
    statePath,
    task,
    formSchema: jsonClone(taskFormSchema(compiled.spec, task)),
    assignee: slot.delegate ?? slot.user,
    slot: slot.id,
    ...(dueAt ? { dueAt } : {}),
  };
  if (slot.delegate) effect.delegatedBy = slot.user;
  else if (slot.onBehalfOf) {
    effect.onBehalfOf = slot.onBehalfOf;
    if (slot.proxyUntil) effect.proxyUntil = slot.proxyUntil;
  }
  return effect;
}

export function closeSlot(statePath: string, slot: ApprovalSlot, status: ClosedTaskStatus): CloseTaskEffect {
  return { kind: 'closeTask', statePath, slot: slot.id, status };
}
