import { WITHDRAW_MACHINE_EVENT, returnEvent, sendBackEvent } from '../approval/approval-events';
import type { JsonObject, StateSpec, TransitionSpec, WorkflowSpec } from '../definition/definition.types';
import { walkStates } from '../definition/state-walk';

/** The first transition of a state for an event, as an object (its actions are reused). */
function firstTransition(node: StateSpec, type: string): TransitionSpec | undefined {
  const entry = node.on?.[type];
  const first = Array.isArray(entry) ? entry[0] : entry;
  if (first === undefined) return undefined;
  return typeof first === 'string' ? { target: first } : first;
}

/**
 * Adds the machine transitions the approval layer sends (into a detached config copy):
 * - 驳回 `liucheng.sendBack.<to>` on each approval state, one per allowed target;
 * - with `reapproval: return`, `liucheng.return.<from>.<outcome>` on each target, back to the
 *   step that sent it, running that outcome's own actions (so the resubmitted data is kept);
 * - 撤回 `liucheng.withdraw` at the root, to `meta.withdraw.target`.
 * State nodes are addressed by their default id `#<machine id>.<path>`.
 */
export function addApprovalTransitions(copy: JsonObject, spec: WorkflowSpec): boolean {
  const ref = (path: string) => `#${spec.id}.${path}`;
  const states = walkStates(copy);
  const byPath = new Map(states.map((s) => [s.keys.join('.'), s.node]));
  let uses = spec.meta.withdraw !== undefined;
  for (const state of states) {
    const approval = state.node.meta?.task?.approval;
    if (!approval) continue;
    uses = true;
    const path = state.keys.join('.');
    const on = (state.node.on ??= {});
    for (const to of approval.sendBackTo ?? []) {
      const target = byPath.get(to);
      if (!target) continue; // the validator reports it
      on[sendBackEvent(to)] = { target: ref(to) };
      if (approval.reapproval !== 'return' || !target?.meta?.task) continue;
      for (const outcome of target.meta.task.outcomes) {
        const actions = firstTransition(target, outcome)?.actions;
        (target.on ??= {})[returnEvent(path, outcome)] = { target: ref(path), ...(actions ? { actions } : {}) };
      }
    }
  }
  if (spec.meta.withdraw && byPath.has(spec.meta.withdraw.target)) {
    const on = ((copy as { on?: Record<string, unknown> }).on ??= {});
    on[WITHDRAW_MACHINE_EVENT] = { target: ref(spec.meta.withdraw.target) };
  }
  return uses;
}
