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
  | { kind: 'notification'; notification: Pick<NotifyEffect, 'to' | 'message' | 'data'> }
  /** An uploaded attachment the step's event data references for the first time. */
  | { kind: 'attachmentBound'; attachmentId: string };

export type EffectWriteKind = EffectWrite['kind'];
