import type { AnyMachineSnapshot } from 'xstate';
import type { CompiledWorkflow } from '../compile/compiled-workflow.types';
import { collectEffects, type ExecutableAction } from '../runtime/effects';
import type { Effect } from '../runtime/runtime.types';
import { approvalTaskAt } from './approval-effects';
import { activePaths, readApprovals, withApprovals } from './approvals-context';
import { cancelRoundTimers } from './task-timers';
import { withPlainTaskTimers } from '../task-timers/plain-task-timers';

export interface Applied {
  snapshot: AnyMachineSnapshot;
  effects: Effect[];
}

/**
 * Keeps `$approvals` in step with the states an XState transition entered and left: an approval
 * state entered gets a new round waiting for `@approvers`; one left undecided is cancelled; its
 * remaining tasks close as cancelled (a decided slot was closed `done` before).
 */
export function bookTransition(
  compiled: CompiledWorkflow,
  next: AnyMachineSnapshot,
  actions: readonly ExecutableAction[],
  now: Date,
  before: Effect[] = [],
): Applied {
  const raw = withPlainTaskTimers(compiled, collectEffects(compiled, actions, now), next, now);
  if (!compiled.features?.approvals) return { snapshot: next, effects: [...before, ...raw] };
  const active = activePaths(next);
  const approvals = readApprovals(next.context);
  const entered = new Set(
    raw.flatMap((e) => (e.kind === 'resolveApprovers' && active.has(e.statePath) ? [e.statePath] : [])),
  );
  for (const [path, record] of Object.entries(approvals.states)) {
    const live = record.status === 'open' || record.status === 'resolving';
    if (live && (!active.has(path) || entered.has(path))) record.status = 'cancelled';
  }
  for (const path of [...entered].sort()) {
    const round = (approvals.states[path]?.round ?? 0) + 1;
    approvals.states[path] = { round, status: 'resolving', slots: [] };
  }
  const effects = raw
    .filter((e) => e.kind !== 'resolveApprovers' || entered.has(e.statePath))
    .flatMap((e): Effect[] => {
      const task = e.kind === 'closeTask' && !e.status ? approvalTaskAt(compiled, e.statePath) : undefined;
      // The state is left: its tasks close as cancelled, and its reminder and timeout go too.
      return task && e.kind === 'closeTask'
        ? [{ ...e, status: 'cancelled' as const }, ...cancelRoundTimers(task.approval, e.statePath)]
        : [e];
    });
  return { snapshot: withApprovals(compiled.machine, next, approvals), effects: [...before, ...effects] };
}
