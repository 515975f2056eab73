import type { AnyMachineSnapshot } from 'xstate';
import type { Applied } from '../approval/approval-book';
import { activePaths } from '../approval/approvals-context';
import type { TaskTimerKind } from '../approval/task-timers';
import type { CompiledWorkflow } from '../compile/compiled-workflow.types';
import type { TaskSpec } from '../definition/definition.types';
import { acceptedEventsOf } from '../runtime/accepted-events';
import { eventDataErrors } from '../runtime/event-data';
import { EventRejectedError } from '../runtime/engine.errors';
import type { EngineEvent, NotifyEffect } from '../runtime/runtime.types';
import { timedPlainTaskAt } from './plain-task-timers';

/** Whoever holds the task now: the API resolves `task:<path>` to its assignee, else its candidate roles. */
export const taskHoldersTarget = (statePath: string) => `task:${statePath}`;

interface PlainTimerArgs {
  compiled: CompiledWorkflow;
  current: AnyMachineSnapshot;
  event: Required<EngineEvent> & { at: string };
  kind: TaskTimerKind;
  statePath: string;
}

/** A timer of a plain task whose state was already left (its cancel lost in a race) is retired, not failed. */
function openTask(args: PlainTimerArgs): TaskSpec {
  const task = timedPlainTaskAt(args.compiled, args.statePath);
  if (!task?.[args.kind] || !activePaths(args.current).has(args.statePath))
    throw new EventRejectedError('not-accepted', args.event.type, acceptedEventsOf(args.current));
  return task;
}

/**
 * `@remind.<path>` / `@timeout.<path>` of a plain task (actor `system`, no data): a reminder
 * tells the task's holders and changes nothing else; a timeout sends the definition's event.
 */
export function applyPlainTaskTimer(
  args: PlainTimerArgs,
  send: (event: Required<EngineEvent> & { at: string }) => Applied,
): Applied {
  const task = openTask(args);
  const { title } = task;
  if (args.kind === 'remind') {
    const notice: NotifyEffect = {
      kind: 'notify',
      to: taskHoldersTarget(args.statePath),
      message: { zh: `提醒：「${title.zh}」等待您处理`, en: `Reminder: "${title.en}" is waiting for you` },
      data: { statePath: args.statePath },
    };
    return { snapshot: args.current, effects: [notice] };
  }
  const event = { ...args.event, type: task.timeout!.event, data: {} };
  const errors = eventDataErrors(args.compiled, event);
  if (errors.length)
    throw new EventRejectedError('invalid-data', args.event.type, acceptedEventsOf(args.current), errors);
  const applied = send(event);
  const notice: NotifyEffect = {
    kind: 'notify',
    to: 'starter',
    message: {
      zh: `「${title.zh}」已超时，系统已按流程规定处理`,
      en: `"${title.en}" timed out; the system acted as the process says`,
    },
    data: { statePath: args.statePath, timeout: task.timeout!.event },
  };
  return { snapshot: applied.snapshot, effects: [...applied.effects, notice] };
}
