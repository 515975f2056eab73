// Timers of an instance and the timer incidents an operator sees (failed or late timers).

/** `failed`: every attempt to fire it failed; an admin may retry it. */
export type TimerStatus = 'scheduled' | 'fired' | 'cancelled' | 'failed';

/**
 * What a timer does when it fires: `remind` — 催办 the step's current approvers; `timeout` — 超时,
 * the step's `action` (null where the answer does not read the definition, e.g. incidents);
 * `delay` — a state's `after` transition.
 */
export type TimerPurpose =
  | { kind: 'remind' }
  | { kind: 'timeout'; action: 'approve' | 'reject' | 'sendBack' | 'escalate' | null }
  | { kind: 'delay' };

/** One scheduled (or failed) delayed transition of an instance. */
export interface InstanceTimer {
  /** Stable id of the timer row (the incident routes name it). */
  id: string;
  instanceId: string;
  /** The engine's timer id (an `after` key's raise id). */
  timerId: string;
  eventType: string;
  statePath: string;
  status: TimerStatus;
  dueAt: string;
  /** Failed attempts so far (0 while nothing went wrong). */
  attempts: number;
  /** When the worker tries again after a failure; null when not retrying. */
  nextAttemptAt: string | null;
  /** The last failure's message; null when it never failed. */
  lastError: string | null;
  failedAt: string | null;
  purpose: TimerPurpose;
}

export interface InstanceTimerList {
  items: InstanceTimer[];
}

/**
 * `failed`: gave up after the last attempt; `retrying`: failed before, next attempt scheduled;
 * `overdue`: due for longer than the worker's grace period and not fired yet.
 */
export type TimerIncidentKind = 'failed' | 'retrying' | 'overdue';

export interface TimerIncident extends InstanceTimer {
  kind: TimerIncidentKind;
  definitionKey: string;
  /** Milliseconds since the timer (or its next attempt) was due; 0 when not due yet. */
  lateMs: number;
}

/** The answering process's own worker (each API process runs one). */
export interface TimerWorkerStatus {
  enabled: boolean;
  /** When this process last finished looking for due timers; null before the first look. */
  lastDrainAt: string | null;
  /** Timers this process fired, retried after a failure, and gave up on since it started. */
  fired: number;
  retried: number;
  failed: number;
}

export interface TimerIncidentList {
  items: TimerIncident[];
  /** How late the oldest due, unfired timer is, in milliseconds (0 when none is due). */
  lagMs: number;
  /** Overdue counts from this many milliseconds past due. */
  overdueAfterMs: number;
  worker: TimerWorkerStatus;
}
