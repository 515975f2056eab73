import type { CancelTimerEffect, ScheduleTimerEffect } from '../runtime/runtime.types';
import type { WorkflowSpec } from '../definition/definition.types';
import { workingDueAt } from '../runtime/working-due';
import { classifyDelay } from '../support/delay-key';
import { addIsoDuration } from '../support/iso-duration';
import type { ApprovalRecord, ApprovalSpec, TaskDelay } from './approval.types';

/** Timer events of an approval step: `@remind.<statePath>` and `@timeout.<statePath>`, actor `system`. */
export const REMIND_EVENT_PREFIX = '@remind.';
export const TIMEOUT_EVENT_PREFIX = '@timeout.';

export type TaskTimerKind = 'remind' | 'timeout';

/** The event (and timer id: one per state, so a new round replaces the old one) of a task timer. */
export const taskTimerEvent = (kind: TaskTimerKind, statePath: string) =>
  `${kind === 'remind' ? REMIND_EVENT_PREFIX : TIMEOUT_EVENT_PREFIX}${statePath}`;

/** Which task timer an event type is, if any. */
export function taskTimerOf(type: string): { kind: TaskTimerKind; statePath: string } | undefined {
  if (type.startsWith(REMIND_EVENT_PREFIX) && type.length > REMIND_EVENT_PREFIX.length)
    return { kind: 'remind', statePath: type.slice(REMIND_EVENT_PREFIX.length) };
  if (type.startsWith(TIMEOUT_EVENT_PREFIX) && type.length > TIMEOUT_EVENT_PREFIX.length)
    return { kind: 'timeout', statePath: type.slice(TIMEOUT_EVENT_PREFIX.length) };
  return undefined;
}

/**
 * `from + delay`: an ISO-8601 duration in 24-hour days, or a working-time delay named in
 * `meta.delays` (`{working: "P3D"}`), counted in the definition's working calendar from `from`
 * (or from the context date the delay names).
 */
export function addTaskDelay(from: Date, delay: TaskDelay, spec: Pick<WorkflowSpec, 'meta'>, context: unknown): Date {
  const kind = classifyDelay(delay, undefined, spec.meta.delays);
  if (kind.kind === 'working') return workingDueAt(spec, kind.name, context, from);
  return addIsoDuration(from, delay);
}

export function scheduleTaskTimer(kind: TaskTimerKind, statePath: string, now: Date, due: Date): ScheduleTimerEffect {
  const eventType = taskTimerEvent(kind, statePath);
  return {
    kind: 'scheduleTimer',
    timerId: eventType,
    eventType,
    delayMs: Math.max(0, due.getTime() - now.getTime()),
    dueAt: due.toISOString(),
    statePath,
  };
}

/**
 * A round just opened: stamps when, and schedules its first reminder and its timeout. Each
 * round (a re-entry after a send-back is a new round) starts its timers afresh.
 */
export function openRoundTimers(
  workflow: Pick<WorkflowSpec, 'meta'>,
  context: unknown,
  spec: ApprovalSpec,
  statePath: string,
  record: ApprovalRecord,
  now: Date,
): ScheduleTimerEffect[] {
  record.openedAt = now.toISOString();
  const effects: ScheduleTimerEffect[] = [];
  if (spec.remind) {
    record.reminded = 0;
    effects.push(scheduleTaskTimer('remind', statePath, now, addTaskDelay(now, spec.remind.after, workflow, context)));
  }
  if (spec.timeout) {
    const due = addTaskDelay(now, spec.timeout.after, workflow, context);
    record.timeoutAt = due.toISOString();
    effects.push(scheduleTaskTimer('timeout', statePath, now, due));
  }
  return effects;
}

/** The state is left: its pending task timers go with it. */
export function cancelRoundTimers(spec: ApprovalSpec, statePath: string): CancelTimerEffect[] {
  const kinds: TaskTimerKind[] = [
    ...(spec.remind ? ['remind' as const] : []),
    ...(spec.timeout ? ['timeout' as const] : []),
  ];
  return kinds.map((kind) => ({ kind: 'cancelTimer', timerId: taskTimerEvent(kind, statePath) }));
}

/** Reminders of one round in all: the first plus `repeat.times`. */
export const reminderCount = (spec: ApprovalSpec) => (spec.remind ? 1 + (spec.remind.repeat?.times ?? 0) : 0);
