import { refusal } from '../runtime/engine.errors';
import type { Effect } from '../runtime/runtime.types';
import type { Applied } from './approval-book';
import { approvalTaskAt, approveEventOf, openSlot, rejectEventOf } from './approval-effects';
import { approvalsOf, moveOn, stay, type LayerArgs } from './approval-layer';
import { settle, type ApprovalOutcome } from './approval-rules';
import type { ApprovalRecord, ApprovalSlot, ResolvedApprovers } from './approval.types';
import { failedSnapshot } from './approvals-context';
import { openRoundTimers } from './task-timers';

/**
 * `@approvers`: the approvers resolved for every state waiting for them, as recorded in history
 * (replay never asks the organisation again). Automatic decisions (the starter, 去重) are made
 * here; an empty list passes the step (`onEmpty: skip`) or fails the instance.
 */
export function applyApprovers(args: LayerArgs): Applied {
  const { compiled, event, now } = args;
  const approvals = approvalsOf(args);
  const given = (event.data.states ?? {}) as Record<string, ResolvedApprovers>;
  const waiting = Object.keys(approvals.states)
    .filter((p) => approvals.states[p].status === 'resolving')
    .sort();
  const named = Object.keys(given).sort();
  if (waiting.length === 0 || waiting.join('\n') !== named.join('\n'))
    throw refusal(event.type, 'approvers-mismatch', `approvers must be given for exactly: ${waiting.join(', ')}`, {
      expected: waiting,
    });
  const effects: Effect[] = [];
  let decided: { path: string; outcome: ApprovalOutcome } | undefined;
  for (const path of waiting) {
    const spec = approvalTaskAt(compiled, path)!.approval;
    const round = approvals.states[path].round;
    const resolved = given[path];
    const slots: ApprovalSlot[] = resolved.approvers.map((a, i) => {
      const slot: ApprovalSlot = { id: `${round}.${i + 1}`, user: a.user, role: 'approver', status: 'waiting' };
      if (a.onBehalfOf) slot.onBehalfOf = a.onBehalfOf;
      if (a.onBehalfOf && a.proxyUntil) slot.proxyUntil = a.proxyUntil;
      const who = a.onBehalfOf ?? a.user;
      const auto =
        spec.starterIsApprover === 'approve' && who === approvals.starter
          ? 'starter'
          : spec.dedupe && approvals.approvedBy.includes(who)
            ? 'dedupe'
            : undefined;
      if (auto) Object.assign(slot, { status: 'approved', auto, by: 'system', at: event.at });
      return slot;
    });
    if (resolved.cc?.length) effects.push({ kind: 'cc', statePath: path, users: resolved.cc, by: 'system' });
    let record: ApprovalRecord = { round, status: 'open', slots, ...(resolved.cc?.length ? { cc: resolved.cc } : {}) };
    if (slots.length === 0) {
      if (spec.onEmpty !== 'skip') {
        approvals.states[path] = { ...record, status: 'empty' };
        const stuck = stay(args, approvals, []).snapshot;
        const error = { code: 'no-approvers', statePath: path, message: `nobody resolved to approve ${path}` };
        const title = compiled.tasks![path].title;
        effects.push({
          kind: 'notify',
          to: 'role:admin',
          message: {
            zh: `流程已停止：「${title.zh}」没有审批人`,
            en: `An instance stopped: nobody resolved to approve "${title.en}"`,
          },
          data: { statePath: path, code: 'no-approvers' },
        });
        return { snapshot: failedSnapshot(compiled.machine, stuck, error), effects };
      }
      approvals.states[path] = { ...record, status: 'approved' };
      decided ??= { path, outcome: 'approve' };
      continue;
    }
    const settled = settle(record, spec);
    record = settled.record;
    // An open round starts its reminder and timeout (a decided one is left at once).
    const timers = settled.outcome ? [] : openRoundTimers(compiled.spec, args.current.context, spec, path, record, now);
    effects.push(
      ...settled.opened.map((s) => openSlot(compiled, path, s, args.current.context, now, record.timeoutAt)),
    );
    effects.push(...timers);
    if (settled.outcome) {
      record.status = settled.outcome === 'approve' ? 'approved' : 'rejected';
      decided ??= { path, outcome: settled.outcome };
    }
    approvals.states[path] = record;
  }
  if (!decided) return stay(args, approvals, effects);
  const spec = approvalTaskAt(compiled, decided.path)!.approval;
  const type = decided.outcome === 'approve' ? approveEventOf(spec) : rejectEventOf(spec);
  return moveOn(args, approvals, { type, actor: 'system' }, effects);
}
