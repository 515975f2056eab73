import type { AnyMachineSnapshot, AnyStateMachine } from 'xstate';
import type { JsonObject } from '../definition/definition.types';
import { isPlainObject, jsonClone } from '../support/json-value';
import type { ApprovalRecord, ApprovalsContext } from './approval.types';

/** The context key the engine keeps approvals under; definitions must not use it. */
export const APPROVALS_KEY = '$approvals';

/** The instance's approvals (a fresh copy), or an empty record when there are none yet. */
export function readApprovals(context: unknown, starter?: string): ApprovalsContext & { starter?: string } {
  const stored = isPlainObject(context) ? context[APPROVALS_KEY] : undefined;
  if (isPlainObject(stored)) return jsonClone(stored) as unknown as ApprovalsContext & { starter?: string };
  return { states: {}, approvedBy: [], acted: false, ...(starter ? { starter } : {}) };
}

/** The approval record of a state, if it has one. */
export function recordOf(context: unknown, statePath: string): ApprovalRecord | undefined {
  return readApprovals(context).states[statePath];
}

/** A live snapshot equal to `snapshot` but with `context.$approvals` replaced. */
export function withApprovals(
  machine: AnyStateMachine,
  snapshot: AnyMachineSnapshot,
  approvals: ApprovalsContext,
): AnyMachineSnapshot {
  const context: JsonObject = { ...(snapshot.context as JsonObject), [APPROVALS_KEY]: jsonClone(approvals) };
  return machine.resolveState({
    value: snapshot.value,
    context,
    status: snapshot.status,
    output: snapshot.output,
    error: snapshot.error,
    historyValue: snapshot.historyValue,
  } as never);
}

/** A live snapshot that failed: the instance stops with `error` (status `failed`). */
export function failedSnapshot(
  machine: AnyStateMachine,
  snapshot: AnyMachineSnapshot,
  error: JsonObject,
): AnyMachineSnapshot {
  return machine.resolveState({
    value: snapshot.value,
    context: snapshot.context,
    status: 'error',
    error,
    historyValue: snapshot.historyValue,
  } as never);
}

/** Dotted paths (below the root) of every active state node. */
export function activePaths(snapshot: AnyMachineSnapshot): Set<string> {
  return new Set(
    (snapshot._nodes as { path: string[] }[]).filter((n) => n.path.length > 0).map((n) => n.path.join('.')),
  );
}
