import type { ApproverSource } from '../org/org.types';

/** 或签 any · 会签 all · 依次审批 sequential · 票签 vote. */
export type ApprovalMode = 'any' | 'all' | 'sequential' | 'vote';

/** What happens when nobody resolves: pass the step, give it to the admins, or fail the instance. */
export type EmptyApprovers = 'skip' | 'admin' | 'fail';

/**
 * When the starter is among the approvers: approve like anyone (`self`), approve automatically
 * (`approve`), leave them out (`skip`), or ask the starter's manager instead (`manager`).
 */
export type StarterIsApprover = 'self' | 'approve' | 'skip' | 'manager';

/** `meta.task.approval`: the task is decided by people resolved from the organisation. */
export interface ApprovalSpec {
  approvers: ApproverSource[];
  /** Default `any` (或签). */
  mode?: ApprovalMode;
  /** The outcome that approves; default `APPROVE`. */
  approve?: string;
  /** The outcome that rejects; default `REJECT`. */
  reject?: string;
  /** 会签: wait for every decision before rejecting (default: the first rejection rejects). */
  collectAll?: boolean;
  /** 票签: the approving share (0 < threshold ≤ 1) that passes, e.g. 0.6667 for two thirds. */
  threshold?: number;
  /** 票签: votes per user (default 1 each). */
  weights?: Record<string, number>;
  /** Default `fail`. */
  onEmpty?: EmptyApprovers;
  /** Default `self`. */
  starterIsApprover?: StarterIsApprover;
  /** 去重: approve automatically for someone who already approved earlier in this instance. */
  dedupe?: boolean;
  /** 抄送 when the step opens. */
  cc?: ApproverSource[];
  /** 驳回: the state paths an approver may send the request back to. */
  sendBackTo?: string[];
  /**
   * After a send-back, go through the steps again (`restart`, default) or, when the sent-back
   * step's task is done, return straight to the step that sent it back (`return`).
   */
  reapproval?: 'restart' | 'return';
  /** 催办 by the engine: remind the current approvers `after` the step opens, then `repeat`. */
  remind?: RemindSpec;
  /** 超时: what the engine decides when nobody has `after` the step opens. */
  timeout?: TimeoutSpec;
}

/**
 * A delay of a task timer, counted from the moment the round opens: an ISO-8601 duration
 * (`P3D`, `PT4H`, 24-hour days) or the name of a working-time delay of `meta.delays`
 * (`{working: "P3D"}`: working days of the definition's calendar).
 */
export type TaskDelay = string;

/** `repeat.times` further reminders, `every` apart, after the first (so 1 + times in all). */
export interface RemindSpec {
  after: TaskDelay;
  repeat?: { every: TaskDelay; times: number };
}

/**
 * `approve` / `reject`: the step is decided so (actor `system`); `sendBack`: back to `to` (default
 * the first of `sendBackTo`); `escalate`: each pending slot passes to its holder's manager, and
 * the timeout starts again for them (until the top of the chain).
 */
export type TimeoutAction = 'approve' | 'reject' | 'sendBack' | 'escalate';

export interface TimeoutSpec {
  after: TaskDelay;
  action: TimeoutAction;
  /** `sendBack`: the state, one of `sendBackTo`. */
  to?: string;
}

/** A slot's part: an approver of the step, or one added before/after an approver (加签). */
export type SlotRole = 'approver' | 'before' | 'after';

export type SlotStatus = 'waiting' | 'pending' | 'approved' | 'rejected' | 'removed';

/** Why a decision was made without the person acting. */
export type AutoReason = 'starter' | 'dedupe' | 'timeout';

/** One person's place in an approval: who, what they decided, and what changed hands. */
export interface ApprovalSlot {
  /** `<round>.<n>`, unique per state and instance. */
  id: string;
  user: string;
  role: SlotRole;
  /** A `before`/`after` slot: the approver slot it was added to. */
  for?: string;
  status: SlotStatus;
  /** The approver a proxy holds this slot for (代理). */
  onBehalfOf?: string;
  /** Until when the proxy may act on it (ISO-8601 UTC). */
  proxyUntil?: string;
  /** The delegate now working on it (委派); the slot's user confirms afterwards. */
  delegate?: string;
  /** Earlier holders, oldest first (转办). */
  transferredFrom?: string[];
  /** Who added it (加签), absent for resolved approvers. */
  addedBy?: string;
  /** When it was decided. */
  at?: string;
  /** Who decided: the user, their delegate's confirmer, or `system` for an automatic decision. */
  by?: string;
  auto?: AutoReason;
  comment?: string;
}

export type ApprovalStatus = 'resolving' | 'open' | 'approved' | 'rejected' | 'cancelled' | 'empty';

/** The approval of one state in its current round. */
export interface ApprovalRecord {
  /** 1 the first time the state is entered, +1 each re-entry. */
  round: number;
  status: ApprovalStatus;
  slots: ApprovalSlot[];
  /** Users the step was copied to (抄送), in order. */
  cc?: string[];
  /** When this round opened (its approvers recorded): the task timers count from here. */
  openedAt?: string;
  /** Reminders the engine sent this round. */
  reminded?: number;
  /** When the timeout fires next (shown as the tasks' due time when they have no `due`). */
  timeoutAt?: string;
  /** Escalations (超时上报) this round. */
  escalated?: number;
}

/** `context.$approvals`: every approval of the instance, kept by the engine. */
export interface ApprovalsContext {
  states: Record<string, ApprovalRecord>;
  /** Everyone who approved in this instance, for 去重. */
  approvedBy: string[];
  /** True once someone other than the starter completed a task (no withdraw before-action then). */
  acted: boolean;
  /** When the starter last urged (催办), for the rate limit. */
  urgedAt?: string;
  /** A send-back with `reapproval: return`: when `from`'s task is done, go back to `to`. */
  returnTo?: { from: string; to: string };
}

/** The resolved approvers of one state as `@approvers` records them. */
export interface ResolvedApprovers {
  approvers: { user: string; onBehalfOf?: string; proxyUntil?: string }[];
  cc?: string[];
  /** How each source resolved (the resolver's trace), kept for the auditor. */
  trace?: unknown[];
}
