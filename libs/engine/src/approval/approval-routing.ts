import { refusal } from '../runtime/engine.errors';
import { addIsoDuration } from '../support/iso-duration';
import type { JsonObject, LocalizedText } from '../definition/definition.types';
import type { Effect } from '../runtime/runtime.types';
import type { ApprovalRecord, ApprovalSpec, ApprovalsContext } from './approval.types';
import type { Applied } from './approval-book';
import { WITHDRAW_MACHINE_EVENT, returnEvent, sendBackEvent } from './approval-events';
import { approvalsOf, moveOn, stay, type LayerArgs } from './approval-layer';
import { closeSlot } from './approval-effects';
import { openApproval } from './approval-lookup';
import { activePaths } from './approvals-context';

const DEFAULT_URGE_INTERVAL = 'PT30M';

/** 驳回: back to an earlier step the definition allows; `return` remembers where to come back. */
export function applySendBack(args: LayerArgs): Applied {
  const { data } = args.event;
  const approvals = approvalsOf(args);
  const path = String(data.statePath);
  const to = String(data.to);
  const { spec, record } = openApproval(args, approvals, path);
  if (!(spec.sendBackTo ?? []).includes(to))
    throw refusal(args.event.type, 'send-back-not-allowed', `${path} may not send back to ${to}`, { to }, '/to');
  // The sender's own task ends as done (they decided: back); the others close with the state.
  const sender = record.slots.find((s) => s.id === data.slot && s.status === 'pending');
  const effects = sender ? [closeSlot(path, sender, 'done')] : [];
  if (sender) Object.assign(sender, { status: 'rejected', at: args.event.at, by: args.event.actor });
  return sendBack(args, approvals, { path, spec, record }, to, effects);
}

/** The approval of `path` goes back to `to` (a 驳回, or a timeout that says so). */
export function sendBack(
  args: LayerArgs,
  approvals: ApprovalsContext,
  { path, spec, record }: { path: string; spec: ApprovalSpec; record: ApprovalRecord },
  to: string,
  effects: Effect[],
): Applied {
  record.status = 'rejected';
  if (spec.reapproval === 'return') approvals.returnTo = { from: to, to: path };
  else delete approvals.returnTo;
  // Back in the starter's hands, the request may be withdrawn again.
  if (args.compiled.tasks?.[to]?.assignee === 'starter') approvals.acted = false;
  return moveOn(args, approvals, { type: sendBackEvent(to) }, effects);
}

/** 撤回: the starter withdraws, before any approver acted unless the definition says always. */
export function applyWithdraw(args: LayerArgs): Applied {
  const withdraw = args.compiled.spec.meta.withdraw;
  const approvals = approvalsOf(args);
  if (!withdraw) throw refusal(args.event.type, 'withdraw-not-allowed', 'this workflow cannot be withdrawn');
  if (args.event.actor !== approvals.starter)
    throw refusal(args.event.type, 'not-starter', 'only the starter may withdraw', { starter: approvals.starter });
  if ((withdraw.when ?? 'before-action') === 'before-action' && approvals.acted)
    throw refusal(args.event.type, 'already-acted', 'an approver has already acted; it can no longer be withdrawn');
  return moveOn(args, approvals, { type: WITHDRAW_MACHINE_EVENT }, []);
}

const URGE_MESSAGE = (title: LocalizedText): LocalizedText => ({
  zh: `催办：请尽快处理「${title.zh}」`,
  en: `Reminder: please act on "${title.en}"`,
});

/**
 * One notice to whoever holds a pending slot now (the delegate while delegated), of every open
 * approval of an active state, or only of `only`: 催办 by the starter and the engine's reminders alike.
 */
export function holderNotices(
  args: LayerArgs,
  approvals: ApprovalsContext,
  message: (title: LocalizedText) => LocalizedText,
  extra: JsonObject = {},
  only?: string,
): Effect[] {
  const active = activePaths(args.current);
  const effects: Effect[] = [];
  for (const [path, record] of Object.entries(approvals.states).sort(([a], [b]) => a.localeCompare(b))) {
    if (record.status !== 'open' || !active.has(path) || (only !== undefined && path !== only)) continue;
    const title = args.compiled.tasks![path].title;
    for (const slot of record.slots.filter((s) => s.status === 'pending')) {
      effects.push({
        kind: 'notify',
        to: `user:${slot.delegate ?? slot.user}`,
        message: message(title),
        data: { statePath: path, slot: slot.id, ...extra },
      });
    }
  }
  return effects;
}

/** 催办: reminds whoever holds a pending slot now; at most once per `meta.urgeInterval`. */
export function applyUrge(args: LayerArgs): Applied {
  const { compiled, event } = args;
  const approvals = approvalsOf(args);
  if (event.actor !== approvals.starter)
    throw refusal(event.type, 'not-starter', 'only the starter may urge', { starter: approvals.starter });
  if (approvals.urgedAt) {
    const next = addIsoDuration(new Date(approvals.urgedAt), compiled.spec.meta.urgeInterval ?? DEFAULT_URGE_INTERVAL);
    if (next.getTime() > new Date(event.at).getTime())
      throw refusal(event.type, 'urge-too-soon', 'urged too recently', { retryAt: next.toISOString() });
  }
  const comment = typeof event.data.comment === 'string' ? { comment: event.data.comment } : {};
  const effects = holderNotices(args, approvals, (title) => URGE_MESSAGE(title), comment);
  if (effects.length === 0) throw refusal(event.type, 'nobody-to-urge', 'no approver is waiting to act');
  approvals.urgedAt = event.at;
  return stay(args, approvals, effects);
}

/**
 * After a `return` send-back, the sent-back step's outcome goes straight back to the step that
 * sent it (compile added that transition, with the outcome's own actions). Null: no redirect.
 */
export function returnRedirect(args: LayerArgs): string | null {
  const { returnTo } = approvalsOf(args);
  if (!returnTo || !activePaths(args.current).has(returnTo.from)) return null;
  const task = args.compiled.tasks?.[returnTo.from];
  if (!task?.outcomes.includes(args.event.type)) return null;
  return returnEvent(returnTo.to, args.event.type);
}
