// Pure readers of a state's `meta.task` in an untyped spec: its title, outcomes and approval settings.
import type { LocalizedLabel } from '@liucheng/contracts';
import { asLabel } from '../i18n/localize';

type JsonObject = Record<string, unknown>;

export type ApprovalMode = 'any' | 'all' | 'sequential' | 'vote';

export interface StepTask {
  title?: LocalizedLabel;
  outcomes: string[];
  /** Present for approval states. */
  approval?: { mode: ApprovalMode; approve: string; reject: string; sendBackTo: string[] };
}

/**
 * `meta.task` of the state at a dotted path, or undefined when it is not a task state.
 * @example stepTask(spec, 'manager')?.approval?.sendBackTo // ['draft']
 */
export function stepTask(spec: unknown, statePath: string): StepTask | undefined {
  let node: unknown = spec;
  for (const key of statePath.split('.')) node = obj(obj(node).states)[key];
  const task = obj(obj(obj(node).meta).task);
  if (!Object.keys(task).length) return undefined;
  const outcomes = Array.isArray(task.outcomes) ? task.outcomes.filter((o): o is string => typeof o === 'string') : [];
  const approval = obj(task.approval);
  const hasApproval = typeof task.approval === 'object' && task.approval !== null;
  const mode = ['any', 'all', 'sequential', 'vote'].includes(approval.mode as string)
    ? (approval.mode as ApprovalMode)
    : 'any';
  return {
    title: asLabel(task.title),
    outcomes,
    approval: hasApproval
      ? {
          mode,
          approve: typeof approval.approve === 'string' ? approval.approve : 'APPROVE',
          reject: typeof approval.reject === 'string' ? approval.reject : 'REJECT',
          sendBackTo: Array.isArray(approval.sendBackTo)
            ? approval.sendBackTo.filter((s): s is string => typeof s === 'string')
            : [],
        }
      : undefined,
  };
}

/** `meta.withdraw` is set: the starter may withdraw (撤回). */
export function allowsWithdraw(spec: unknown): boolean {
  const withdraw = obj(spec).meta;
  return typeof obj(withdraw).withdraw === 'object' && obj(withdraw).withdraw !== null;
}

function obj(value: unknown): JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : {};
}
