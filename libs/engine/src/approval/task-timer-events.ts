import { EventRejectedError } from '../runtime/engine.errors';
import { acceptedEventsOf } from '../runtime/accepted-events';
import type { Effect } from '../runtime/runtime.types';
import type { Applied } from './approval-book';
import { approvalTaskAt, approveEventOf, closeSlot, openSlot, rejectEventOf } from './approval-effects';
import { approvalsOf, moveOn, stay, type LayerArgs } from './approval-layer';
import { openApproval } from './approval-lookup';
import { holderNotices, sendBack } from './approval-routing';
import type { ApprovalRecord, ApprovalSpec, ApprovalsContext } from './approval.types';
import { activePaths } from './approvals-context';
import { addTaskDelay, reminderCount, scheduleTaskTimer, taskTimerOf, type TaskTimerKind } from './task-timers';

interface Open {
  approvals: ApprovalsContext;
  path: string;
  spec: ApprovalSpec;
  record: ApprovalRecord;
}

/**
 * The round the timer belongs to, still open; otherwise `not-accepted`, which retires a timer
 * whose step was already left (its cancel lost in a race) instead of failing it.
 */
function openRound(args: LayerArgs, kind: TaskTimerKind, path: string): Open {
  const approvals = approvalsOf(args);
  const spec = approvalTaskAt(args.compiled, path)?.approval;
  const record = approvals.states[path];
  const exhausted = kind === 'remind' && spec && (record?.reminded ?? 0) >= reminderCount(spec);
  if (!spec?.[kind] || record?.status !== 'open' || !activePaths(args.current).has(path) || exhausted)
    throw new EventRejectedError('not-accepted', args.event.type, acceptedEventsOf(args.current));
  return { approvals, path, spec, record };
}

/** `@remind.<path>` / `@timeout.<path>`: a task timer fired (actor `system`, no data). */
export function applyTaskTimer(args: LayerArgs): Applied {
  const timer = taskTimerOf(args.event.type)!;
  const open = openRound(args, timer.kind, timer.statePath);
  return timer.kind === 'remind' ? applyRemind(args, open) : applyTimeout(args, open);
}

/** 催办 by the engine: the current approvers are reminded; the next reminder is scheduled until the count is reached. */
function applyRemind(args: LayerArgs, { approvals, path, spec, record }: Open): Applied {
  const reminder = (record.reminded ?? 0) + 1;
  record.reminded = reminder;
  const effects: Effect[] = holderNotices(
    args,
    approvals,
    (title) => ({ zh: `提醒：「${title.zh}」等待您处理`, en: `Reminder: "${title.en}" is waiting for you` }),
    { reminder },
    path,
  );
  const repeat = spec.remind!.repeat;
  if (repeat && reminder < reminderCount(spec))
    effects.push(
      scheduleTaskTimer(
        'remind',
        path,
        args.now,
        addTaskDelay(args.now, repeat.every, args.compiled.spec, args.current.context),
      ),
    );
  return stay(args, approvals, effects);
}

/** 超时: the definition's action, taken by `system`. */
function applyTimeout(args: LayerArgs, open: Open): Applied {
  const { approvals, path, spec, record } = open;
  const timeout = spec.timeout!;
  delete record.timeoutAt;
  const pending = record.slots.filter((s) => s.status === 'pending');
  const title = args.compiled.tasks![path].title;
  if (timeout.action === 'escalate') {
    const slots = pending.map((s) => ({ slot: s.id, user: s.user }));
    // Nobody holds a pending slot (cannot happen in an open round): nothing to hand on.
    return stay(args, approvals, slots.length ? [{ kind: 'escalate', statePath: path, slots }] : []);
  }
  const notice: Effect = {
    kind: 'notify',
    to: 'starter',
    message: {
      zh: `「${title.zh}」已超时，系统已按流程规定处理`,
      en: `"${title.en}" timed out; the system acted as the process says`,
    },
    data: { statePath: path, timeout: timeout.action },
  };
  if (timeout.action === 'sendBack')
    return sendBack(args, approvals, open, timeout.to ?? spec.sendBackTo![0], [notice]);
  const approve = timeout.action === 'approve';
  for (const slot of pending)
    Object.assign(slot, {
      status: approve ? 'approved' : 'rejected',
      auto: 'timeout',
      by: 'system',
      at: args.event.at,
    });
  record.status = approve ? 'approved' : 'rejected';
  const effects: Effect[] = [...pending.map((s) => closeSlot(path, s, 'cancelled')), notice];
  return moveOn(
    args,
    approvals,
    { type: approve ? approveEventOf(spec) : rejectEventOf(spec), actor: 'system' },
    effects,
  );
}

/**
 * `@escalate`: each named slot passes to the manager the API found (`to`), as a 转办 would; the
 * timeout starts again for them. `to: null` (top of the chain): the slot stays, the admins are told.
 */
export function applyEscalate(args: LayerArgs): Applied {
  const { data } = args.event;
  const path = String(data.statePath);
  const approvals = approvalsOf(args);
  const { spec, record } = openApproval(args, approvals, path);
  const effects: Effect[] = [];
  let escalated = 0;
  const title = args.compiled.tasks![path].title;
  for (const { slot: id, to } of data.slots as { slot: string; to: string | null }[]) {
    const slot = record.slots.find((s) => s.id === id && s.status === 'pending');
    if (!slot) throw new EventRejectedError('not-accepted', args.event.type, acceptedEventsOf(args.current));
    if (to === null) {
      effects.push({
        kind: 'notify',
        to: 'role:admin',
        message: {
          zh: `「${title.zh}」已超时，但 ${slot.user} 之上没有可上报的主管`,
          en: `"${title.en}" timed out, but there is no manager above ${slot.user} to escalate to`,
        },
        data: { statePath: path, slot: slot.id, code: 'no-escalation-manager' },
      });
      continue;
    }
    effects.push(closeSlot(path, slot, 'transferred'));
    slot.transferredFrom = [...(slot.transferredFrom ?? []), slot.user];
    slot.user = to;
    delete slot.onBehalfOf;
    delete slot.proxyUntil;
    delete slot.delegate;
    escalated++;
  }
  record.escalated = (record.escalated ?? 0) + escalated;
  if (escalated > 0 && spec.timeout) {
    const due = addTaskDelay(args.now, spec.timeout.after, args.compiled.spec, args.current.context);
    record.timeoutAt = due.toISOString();
    effects.push(scheduleTaskTimer('timeout', path, args.now, due));
  }
  const escalatedSlots = new Set(
    (data.slots as { slot: string; to: string | null }[]).filter((s) => s.to).map((s) => s.slot),
  );
  for (const slot of record.slots.filter((s) => escalatedSlots.has(s.id)))
    effects.push(openSlot(args.compiled, path, slot, args.current.context, args.now, record.timeoutAt));
  return stay(args, approvals, effects);
}
