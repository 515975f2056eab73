import { refusal } from '../runtime/engine.errors';
import type { Effect } from '../runtime/runtime.types';
import { approvalTaskAt, approveEventOf, closeSlot, openSlot, rejectEventOf } from './approval-effects';
import { moveOn, stay, approvalsOf, type LayerArgs } from './approval-layer';
import type { Applied } from './approval-book';
import { settle, type ApprovalOutcome } from './approval-rules';
import type { ApprovalSlot } from './approval.types';
import { activePaths } from './approvals-context';

/** Active approval states, open for decisions, whose approve or reject outcome is `type`. */
export function decidingStates(args: LayerArgs): string[] {
  const { compiled, current, event } = args;
  const approvals = approvalsOf(args);
  return [...activePaths(current)].sort().filter((path) => {
    const spec = approvalTaskAt(compiled, path)?.approval;
    if (!spec || approvals.states[path]?.status !== 'open') return false;
    return approveEventOf(spec) === event.type || rejectEventOf(spec) === event.type;
  });
}

/** The slot `user` may decide now: their own, or one a proxy holds on their behalf. */
export function decidableSlot(slots: ApprovalSlot[], user: string): ApprovalSlot | undefined {
  return slots.find((s) => s.status === 'pending' && !s.delegate && (s.user === user || s.onBehalfOf === user));
}

/**
 * One person's decision (its own history entry): recorded on their slot; the state's outcome
 * event runs through the machine only when the mode is decided (或签 first, 会签 all, 依次 last,
 * 票签 threshold), otherwise the next slots open.
 */
export function applyDecision(args: LayerArgs, paths: string[]): Applied {
  const { compiled, event, now } = args;
  const approvals = approvalsOf(args);
  const effects: Effect[] = [];
  let decided: { path: string; outcome: ApprovalOutcome } | undefined;
  for (const path of paths) {
    const spec = approvalTaskAt(compiled, path)!.approval;
    const record = approvals.states[path];
    const slot = decidableSlot(record.slots, event.actor);
    if (!slot) continue;
    slot.status = event.type === approveEventOf(spec) ? 'approved' : 'rejected';
    slot.at = event.at;
    slot.by = event.actor;
    if (typeof event.data.comment === 'string' && event.data.comment) slot.comment = event.data.comment;
    if (slot.status === 'approved') {
      for (const who of [slot.onBehalfOf ?? slot.user, event.actor])
        if (!approvals.approvedBy.includes(who)) approvals.approvedBy.push(who);
    }
    effects.push(closeSlot(path, slot, 'done'));
    const settled = settle(record, spec);
    approvals.states[path] = settled.record;
    effects.push(...settled.opened.map((s) => openSlot(compiled, path, s, args.current.context, now)));
    if (settled.outcome) {
      settled.record.status = settled.outcome === 'approve' ? 'approved' : 'rejected';
      decided ??= { path, outcome: settled.outcome };
    }
  }
  if (effects.length === 0)
    throw refusal(event.type, 'not-approver', `${event.actor} holds no pending approval for ${event.type}`, {
      actor: event.actor,
    });
  if (event.actor !== approvals.starter) approvals.acted = true;
  if (!decided) return stay(args, approvals, effects);
  const spec = approvalTaskAt(compiled, decided.path)!.approval;
  const type = decided.outcome === 'approve' ? approveEventOf(spec) : rejectEventOf(spec);
  return moveOn(args, approvals, { type, data: type === event.type ? event.data : {} }, effects);
}
