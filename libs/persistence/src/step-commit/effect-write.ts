import type { Task } from '@liucheng/contracts';
import type { NotifyEffect, ScheduleTimerEffect } from '@liucheng/engine';

/**
 * One row change a step makes besides its history entry and the instance row. Each kind has
 * one fragment builder in `effect-fragments.ts`; a new kind is a new member here, a builder
 * and a table entry there (the compiler insists on the entry).
 */
export type EffectWrite =
  /** An open task closed by the step, with its final fields. */
  | { kind: 'taskClosed'; task: Task }
  /** A task the step opened (already closed again when the same step closed it). */
  | { kind: 'taskOpened'; task: Task }
  /** A timer (re)scheduled: an existing row of the same id is replaced. */
  | { kind: 'timerScheduled'; timer: Pick<ScheduleTimerEffect, 'timerId' | 'eventType' | 'statePath' | 'dueAt'> }
  /** A scheduled timer the step left behind. */
  | { kind: 'timerCancelled'; timerId: string }
  /** The timer whose event this step is. */
  | { kind: 'timerFired'; timerId: string }
  /** A notify effect: one row per resolved recipient user, each with the channels' outbox rows. */
  | { kind: 'notification'; notification: NotificationWrite }
  /** An uploaded attachment the step's event data references for the first time. */
  | { kind: 'attachmentBound'; attachmentId: string }
  /** A cc effect (抄送): one `cc_items` row per active recipient user. */
  | { kind: 'ccSent'; cc: CcWrite };

/** Who a notification goes to, resolved by the plan up to what only the users table knows. */
export type NotificationRecipients =
  /** That user (the starter, `user:<name>`). */
  | { kind: 'user'; username: string }
  /** The manager of that user (`starter.manager`). */
  | { kind: 'managerOf'; username: string }
  /** Every active member of the role (`role:<name>`). */
  | { kind: 'role'; role: string };

/** The channels a delivery outbox row can be written for. */
export type NotificationChannel = 'webhook' | 'email';

export interface NotificationWrite extends Pick<NotifyEffect, 'message' | 'data'> {
  /** The definition's `to`, kept on every row. */
  to: string;
  recipients: NotificationRecipients;
  /** Configured channels: a `pending` delivery per recipient and channel (email: only with an address). */
  channels: readonly NotificationChannel[];
}

/** One cc effect, its recipients deduplicated by the plan; unknown or inactive users are skipped. */
export interface CcWrite {
  definitionKey: string;
  statePath: string;
  /** Usernames as the effect named them. */
  recipients: readonly string[];
  /** The acting user, or `system` for a definition's per-step CC. */
  sentBy: string;
  comment?: string;
}

export type EffectWriteKind = EffectWrite['kind'];
