import type { JsonObject, JsonSchema, LocalizedText, TaskSpec } from '../definition/definition.types';
import type { ValidationProblem } from '../definition/validation.types';

/**
 * The event XState sees. `actor` and `at` are part of the recorded history entry,
 * so actions may stamp them and replay stays deterministic.
 */
export interface EngineEvent {
  type: string;
  data?: JsonObject;
  actor?: string;
  /** ISO-8601 UTC with milliseconds; set by `step` from its `now` argument. */
  at?: string;
}

/** XState's state value: a string for an atomic state, nested objects otherwise. */
export type StateValue = string | { [key: string]: StateValue };

/** `cancelled`: stopped by a `@cancel` history entry. */
export type InstanceStatus = 'running' | 'done' | 'failed' | 'cancelled';

/** What is stored in `instances.snapshot`: XState's persisted snapshot, plain JSON. */
export interface PersistedSnapshot {
  status: 'active' | 'done' | 'error' | 'stopped';
  value: StateValue;
  context: JsonObject;
  historyValue?: JsonObject;
  children?: JsonObject;
  output?: unknown;
  error?: unknown;
  [key: string]: unknown;
}

export type Effect =
  | OpenTaskEffect
  | CloseTaskEffect
  | ScheduleTimerEffect
  | CancelTimerEffect
  | NotifyEffect
  | ResolveApproversEffect
  | EscalateEffect
  | CcEffect;

export interface OpenTaskEffect {
  kind: 'openTask';
  /** Dotted path of the state node below the root, e.g. `review.finance`. */
  statePath: string;
  task: TaskSpec;
  /** The task's form: `task.form`, else the outcomes' event schemas merged. */
  formSchema: JsonSchema;
  /** `now + task.due`, ISO-8601 UTC; absent when the task has no due rule. */
  dueAt?: string;
  /** An approval task: the one approver it goes to (resolved and recorded in history). */
  assignee?: string;
  /** An approval task: its slot in the approval record (`<round>.<n>`), unique per instance and state. */
  slot?: string;
  /** An approval task given to a proxy (代理): the approver the proxy acts for. */
  onBehalfOf?: string;
  /** Until when the proxy may act on it. */
  proxyUntil?: string;
  /** A delegated approval task (委派): the approver it returns to. */
  delegatedBy?: string;
}

/**
 * How a closed task ended; `done` means its outcome was decided by the event's actor, `moved`
 * that an admin's `@move` (or `@migrate`) took the instance out of its state.
 */
export type ClosedTaskStatus = 'done' | 'cancelled' | 'transferred' | 'delegated' | 'removed' | 'moved';

export interface CloseTaskEffect {
  kind: 'closeTask';
  statePath: string;
  /** Only the task of this approval slot; absent: every open task of the state. */
  slot?: string;
  /** Absent: `done` when the event is one of the task's outcomes, else `cancelled`. */
  status?: ClosedTaskStatus;
}

/**
 * An approval state was entered: its approvers (and CC recipients) must be resolved against the
 * organisation and recorded as a `@approvers` history entry in the same transaction.
 */
export interface ResolveApproversEffect {
  kind: 'resolveApprovers';
  statePath: string;
}

/**
 * A timeout says escalate (超时上报): the managers of these slots' holders must be looked up in
 * the organisation and recorded as an `@escalate` history entry in the same transaction.
 */
export interface EscalateEffect {
  kind: 'escalate';
  statePath: string;
  slots: { slot: string; user: string }[];
}

/** 抄送: the instance is copied to these users (per step from the definition, or ad hoc). */
export interface CcEffect {
  kind: 'cc';
  statePath: string;
  users: string[];
  /** Who copied: the acting user, or `system` for a definition's per-step CC. */
  by: string;
  comment?: string;
}

export interface ScheduleTimerEffect {
  kind: 'scheduleTimer';
  /** Stable per instance and state, e.g. `xstate.after.P3D.expense.settling`. */
  timerId: string;
  /** The event to send when it fires (same as timerId for `after` delays). */
  eventType: string;
  delayMs: number;
  dueAt: string;
  statePath: string;
}

export interface CancelTimerEffect {
  kind: 'cancelTimer';
  timerId: string;
}

export interface NotifyEffect {
  kind: 'notify';
  to: string;
  message: LocalizedText;
  data?: JsonObject;
}

export interface StepResult {
  snapshot: PersistedSnapshot;
  state: StateValue;
  context: JsonObject;
  status: InstanceStatus;
  effects: Effect[];
  /** Event types the new state handles (guards not evaluated), no internal/timer events. */
  acceptedEvents: string[];
}

/** A stored history entry as replay needs it. Entry 1 has type `@start` and the input as data. */
export interface RecordedEvent {
  type: string;
  data: JsonObject;
  actor: string;
  at: string;
}

/**
 * Why an event was not applied. `refused`: an approval rule said no (not an approver, withdraw
 * after an approver acted, urged too soon, …); `errors[0].code` names the rule.
 */
export type RejectionReason = 'not-accepted' | 'guard' | 'invalid-data' | 'refused';

export type { ValidationProblem };
