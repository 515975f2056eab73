import { refusal } from '../runtime/engine.errors';
import type { ClosedTaskStatus, Effect } from '../runtime/runtime.types';
import type { Applied } from './approval-book';
import { approveEventOf, closeSlot, openSlot, rejectEventOf } from './approval-effects';
import { approvalsOf, moveOn, stay, type LayerArgs } from './approval-layer';
import { assertNotApprover, openApproval, slotIn } from './approval-lookup';
import { settle } from './approval-rules';
import type { ApprovalSlot, SlotRole } from './approval.types';

const str = (v: unknown) => String(v);

/** The open approval and pending slot an action on one slot names (`statePath`, `slot`). */
function onSlot(args: LayerArgs) {
  const approvals = approvalsOf(args);
  const path = str(args.event.data.statePath);
  const { spec, record } = openApproval(args, approvals, path);
  return { approvals, path, spec, record, slot: slotIn(args, record, args.event.data.slot) };
}

/** Closes the slot's task as `status` and reopens it for whoever holds the slot after `change`. */
function handOver(args: LayerArgs, status: ClosedTaskStatus, change: (slot: ApprovalSlot) => void): Applied {
  const { approvals, path, record, slot } = onSlot(args);
  if (status !== 'done') assertNotApprover(args, record, str(args.event.data.to));
  if (status === 'done' && !slot.delegate)
    throw refusal(args.event.type, 'not-delegated', `slot ${slot.id} is not delegated`, { slot: slot.id }, '/slot');
  const effects: Effect[] = [closeSlot(path, slot, status)];
  change(slot);
  effects.push(openSlot(args.compiled, path, slot, args.current.context, args.now));
  return stay(args, approvals, effects);
}

/** 转办: the slot passes to a colleague; the earlier holder is kept on it. */
export function applyTransfer(args: LayerArgs): Applied {
  return handOver(args, 'transferred', (slot) => {
    slot.transferredFrom = [...(slot.transferredFrom ?? []), slot.user];
    slot.user = str(args.event.data.to);
    delete slot.onBehalfOf;
    delete slot.proxyUntil;
    delete slot.delegate;
  });
}

/** 委派: a colleague works on the slot; it comes back to its holder to decide. */
export function applyDelegate(args: LayerArgs): Applied {
  return handOver(args, 'delegated', (slot) => {
    slot.delegate = str(args.event.data.to);
  });
}

/** The delegate is done: the slot's holder decides now. */
export function applyDelegateDone(args: LayerArgs): Applied {
  return handOver(args, 'done', (slot) => {
    delete slot.delegate;
  });
}

/**
 * 加签: `before` — the added approve first, then the actor; `after` — they approve after the
 * actor; `parallel` — they approve alongside as approvers of the step.
 */
export function applyAddApprovers(args: LayerArgs): Applied {
  const { data, actor } = args.event;
  const { approvals, path, spec, record, slot } = onSlot(args);
  const users = (data.users as string[]).map(str);
  users.forEach((u) => assertNotApprover(args, record, u));
  const position = str(data.position) as 'before' | 'after' | 'parallel';
  const role: SlotRole = position === 'parallel' ? 'approver' : position;
  let n = record.slots.length;
  const added: ApprovalSlot[] = users.map((user) => ({
    id: `${record.round}.${++n}`,
    user,
    role,
    ...(role === 'approver' ? {} : { for: slot.id }),
    status: position === 'after' ? 'waiting' : 'pending',
    addedBy: actor,
  }));
  const effects: Effect[] = [];
  if (position === 'before') {
    slot.status = 'waiting';
    effects.push(closeSlot(path, slot, 'cancelled'));
  }
  record.slots.splice(record.slots.indexOf(slot) + 1, 0, ...added);
  for (const s of added)
    if (s.status === 'pending') effects.push(openSlot(args.compiled, path, s, args.current.context, args.now));
  const settled = settle(record, spec);
  approvals.states[path] = settled.record;
  effects.push(...settled.opened.map((s) => openSlot(args.compiled, path, s, args.current.context, args.now)));
  return stay(args, approvals, effects);
}

/** 减签: an added approver who has not decided leaves; the step may be decided by that. */
export function applyRemoveApprover(args: LayerArgs): Applied {
  const { data } = args.event;
  const approvals = approvalsOf(args);
  const path = str(data.statePath);
  const { spec, record } = openApproval(args, approvals, path);
  const slot = slotIn(args, record, data.slot, ['pending', 'waiting']);
  if (!slot.addedBy)
    throw refusal(
      args.event.type,
      'not-added',
      `slot ${slot.id} was not added (加签); it cannot be removed`,
      { slot: slot.id },
      '/slot',
    );
  const effects: Effect[] = slot.status === 'pending' ? [closeSlot(path, slot, 'removed')] : [];
  slot.status = 'removed';
  const settled = settle(record, spec);
  approvals.states[path] = settled.record;
  effects.push(...settled.opened.map((s) => openSlot(args.compiled, path, s, args.current.context, args.now)));
  if (!settled.outcome) return stay(args, approvals, effects);
  settled.record.status = settled.outcome === 'approve' ? 'approved' : 'rejected';
  const type = settled.outcome === 'approve' ? approveEventOf(spec) : rejectEventOf(spec);
  return moveOn(args, approvals, { type }, effects);
}

/** 抄送 ad hoc: the users are copied; the record keeps them. */
export function applyCc(args: LayerArgs): Applied {
  const { data, actor } = args.event;
  const approvals = approvalsOf(args);
  const path = str(data.statePath);
  const { record } = openApproval(args, approvals, path);
  const users = (data.users as string[]).map(str);
  record.cc = [...new Set([...(record.cc ?? []), ...users])];
  const comment = typeof data.comment === 'string' && data.comment ? { comment: data.comment } : {};
  return stay(args, approvals, [{ kind: 'cc', statePath: path, users, by: actor, ...comment }]);
}
