import type { AnyMachineSnapshot } from 'xstate';
import type { CompiledWorkflow } from '../compile/compiled-workflow.types';
import type { TaskSpec, WorkflowSpec } from '../definition/definition.types';
import { addTaskDelay, scheduleTaskTimer, taskTimerEvent } from '../approval/task-timers';
import type { Effect, ScheduleTimerEffect } from '../runtime/runtime.types';

/** A plain task (no approval) that has a reminder or a timeout. */
export type TimedPlainTask = TaskSpec & { approval?: undefined };

/** The plain task at `statePath` when it has task timers. */
export function timedPlainTaskAt(compiled: CompiledWorkflow, statePath: string): TimedPlainTask | undefined {
  const task = compiled.tasks?.[statePath];
  return task && !task.approval && (task.remind || task.timeout) ? (task as TimedPlainTask) : undefined;
}

/** Reminders of a plain task in all: the first plus `repeat.times`. */
const reminders = (task: TaskSpec) => (task.remind ? 1 + (task.remind.repeat?.times ?? 0) : 0);

/**
 * Timer id of the n-th reminder (1-based). All of them send `@remind.<path>`; the ids differ so
 * that every reminder of the round can be scheduled when the task opens (no count to keep).
 */
export const plainReminderTimerId = (statePath: string, n: number) =>
  n === 1 ? taskTimerEvent('remind', statePath) : `${taskTimerEvent('remind', statePath)}#${n}`;

/** The timers of a plain task that just opened at `now`: each reminder, and the timeout. */
export function openPlainTaskTimers(
  spec: Pick<WorkflowSpec, 'meta'>,
  task: TaskSpec,
  statePath: string,
  context: unknown,
  now: Date,
): ScheduleTimerEffect[] {
  const effects: ScheduleTimerEffect[] = [];
  if (task.remind) {
    let due = addTaskDelay(now, task.remind.after, spec, context);
    for (let n = 1; n <= reminders(task); n++) {
      if (n > 1) due = addTaskDelay(due, task.remind.repeat!.every, spec, context);
      effects.push({
        ...scheduleTaskTimer('remind', statePath, now, due),
        timerId: plainReminderTimerId(statePath, n),
      });
    }
  }
  if (task.timeout)
    effects.push(scheduleTaskTimer('timeout', statePath, now, addTaskDelay(now, task.timeout.after, spec, context)));
  return effects;
}

/** The task's state is left (or re-entered): every timer of the round goes. */
export function cancelPlainTaskTimers(task: TaskSpec, statePath: string): Effect[] {
  const ids = Array.from({ length: reminders(task) }, (_, i) => plainReminderTimerId(statePath, i + 1));
  if (task.timeout) ids.push(taskTimerEvent('timeout', statePath));
  return ids.map((timerId) => ({ kind: 'cancelTimer', timerId }));
}

/**
 * Adds the task timers of plain tasks to a transition's effects: scheduled after the task opens,
 * cancelled after it closes. A task with a timeout and no `due` shows the timeout as its due time.
 */
export function withPlainTaskTimers(
  compiled: CompiledWorkflow,
  effects: Effect[],
  next: AnyMachineSnapshot,
  now: Date,
): Effect[] {
  return effects.flatMap((effect): Effect[] => {
    if (effect.kind === 'closeTask' && !effect.slot) {
      const task = timedPlainTaskAt(compiled, effect.statePath);
      return task ? [effect, ...cancelPlainTaskTimers(task, effect.statePath)] : [effect];
    }
    if (effect.kind !== 'openTask') return [effect];
    const task = timedPlainTaskAt(compiled, effect.statePath);
    if (!task) return [effect];
    const timers = openPlainTaskTimers(compiled.spec, task, effect.statePath, next.context, now);
    const timeout = timers.find((t) => t.eventType === taskTimerEvent('timeout', effect.statePath));
    const opened = !effect.dueAt && timeout ? { ...effect, dueAt: timeout.dueAt } : effect;
    return [opened, ...timers];
  });
}
