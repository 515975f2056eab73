// Pure edits of a task's reminder (催办) and timeout (超时), an approval's or a plain task's: an empty `after` removes the setting.
import type { ApprovalSpec, PlainTaskTimeoutSpec, RemindSpec, TimeoutAction, TimeoutSpec } from '@liucheng/engine';

/** What carries a reminder: an approval, or a plain task. */
type Reminded = { remind?: RemindSpec };

export interface RemindFields {
  after: string;
  every: string;
  times: number | null;
}

export interface TimeoutFields {
  after: string;
  action: TimeoutAction;
  to: string;
}

export function remindFields(approval: Reminded): RemindFields {
  return {
    after: approval.remind?.after ?? '',
    every: approval.remind?.repeat?.every ?? '',
    times: approval.remind?.repeat?.times ?? null,
  };
}

export function timeoutFields(approval: ApprovalSpec): TimeoutFields {
  return {
    after: approval.timeout?.after ?? '',
    action: approval.timeout?.action ?? 'escalate',
    to: approval.timeout?.to ?? '',
  };
}

/**
 * The approval with its reminder set from the fields: none without `after`; a repeat only with
 * both an interval and a count.
 * @example setRemind(a, { after: 'P1D', every: '', times: null }).remind // { after: 'P1D' }
 */
export function setRemind<T extends Reminded>(approval: T, fields: RemindFields): T {
  const next = { ...approval };
  if (!fields.after) {
    delete next.remind;
    return next;
  }
  const remind: RemindSpec = { after: fields.after };
  if (fields.every && fields.times) remind.repeat = { every: fields.every, times: fields.times };
  next.remind = remind;
  return next;
}

/** The approval with its timeout set from the fields: none without `after`; `to` only for sendBack. */
export function setTimeoutOf(approval: ApprovalSpec, fields: TimeoutFields): ApprovalSpec {
  const next = { ...approval };
  if (!fields.after) {
    delete next.timeout;
    return next;
  }
  const timeout: TimeoutSpec = { after: fields.after, action: fields.action };
  if (fields.action === 'sendBack' && fields.to) timeout.to = fields.to;
  next.timeout = timeout;
  return next;
}

export interface PlainTimeoutFields {
  after: string;
  event: string;
}

export function plainTimeoutFields(task: { timeout?: PlainTaskTimeoutSpec }): PlainTimeoutFields {
  return { after: task.timeout?.after ?? '', event: task.timeout?.event ?? '' };
}

/** A plain task with its timeout set: none without `after`; the event the system sends. */
export function setPlainTimeout<T extends { timeout?: PlainTaskTimeoutSpec }>(task: T, fields: PlainTimeoutFields): T {
  const next = { ...task };
  if (!fields.after) {
    delete next.timeout;
    return next;
  }
  next.timeout = { after: fields.after, event: fields.event };
  return next;
}
