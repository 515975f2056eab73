import type { Task } from '@liucheng/contracts';
import type { CcEffect, CloseTaskEffect, Effect, JsonObject, ScheduleTimerEffect } from '@liucheng/engine';
import type {
  EffectWrite,
  NotificationChannel,
  NotificationRecipients,
  NotificationWrite,
} from '@liucheng/persistence';
import { planCc } from './cc-plan';

/** What one step changes besides the instance row and its history entry. */
export interface EffectPlan {
  /** Tasks closed by this step, with their final fields (the answer of `/tasks/:id/complete`). */
  closed: Task[];
  /** The instance's open tasks after the step. */
  openAfter: Task[];
  /**
   * The rows to write, netted so no row is written twice in the one statement: a task opened
   * and closed by the step is inserted closed; a cancel then a reschedule of one timer is the
   * schedule; the fired timer is marked fired (not cancelled), unless the step scheduled it again.
   */
  writes: EffectWrite[];
}

export interface PlanInput {
  instanceId: string;
  definitionKey: string;
  openBefore: Task[];
  effects: Effect[];
  eventType: string;
  actor: string;
  at: string;
  startedBy: string;
  context: JsonObject;
  /** Manager of the starter, looked up beforehand when a task needs `starter.manager`. */
  starterManager: string | null;
  /** The timer whose event this step is (timer worker), else null. */
  firedTimerId: string | null;
  /** Configured delivery channels: each notification gets an outbox row per channel. */
  channels: readonly NotificationChannel[];
  newId: () => string;
}

/** Resolves a task's `assignee` expression: `starter`, `starter.manager`, `context.<path>`. */
export function resolveAssignee(
  expression: string | undefined,
  input: Pick<PlanInput, 'startedBy' | 'context' | 'starterManager'>,
): string | null {
  if (!expression) return null;
  if (expression === 'starter') return input.startedBy;
  if (expression === 'starter.manager') return input.starterManager;
  if (expression.startsWith('context.')) {
    let value: unknown = input.context;
    for (const part of expression.slice('context.'.length).split('.')) {
      value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
    }
    return typeof value === 'string' && value !== '' ? value : null;
  }
  return null;
}

/**
 * Resolves a notify target (`starter`, `starter.manager`, `user:<name>`, `role:<name>`, the
 * engine's NOTIFY_TARGET_PATTERN) as far as the step knows it; the step's statement looks the
 * manager and the role members up in `users`. Null for a form the engine does not produce.
 */
export function resolveNotifyRecipients(to: string, startedBy: string): NotificationRecipients | null {
  if (to === 'starter') return { kind: 'user', username: startedBy };
  if (to === 'starter.manager') return { kind: 'managerOf', username: startedBy };
  const [prefix, name] = to.split(':', 2);
  if (!name || to !== `${prefix}:${name}`) return null;
  if (prefix === 'user') return { kind: 'user', username: name };
  if (prefix === 'role') return { kind: 'role', role: name };
  return null;
}

/** `task:<statePath>`: whoever holds the open tasks of that state (a plain task's reminder). */
const TASK_HOLDERS = 'task:';

/** The assignee of each open task of `statePath`, else the members of its candidate roles. */
function taskHolders(open: readonly Task[], statePath: string): NotificationRecipients[] {
  return open
    .filter((t) => t.statePath === statePath)
    .flatMap((t): NotificationRecipients[] =>
      t.assignee ? [{ kind: 'user', username: t.assignee }] : t.candidateRoles.map((role) => ({ kind: 'role', role })),
    );
}

/** True when some open-task effect needs the starter's manager (notices find it in their statement). */
export function needsStarterManager(effects: Effect[]): boolean {
  return effects.some((e) => e.kind === 'openTask' && e.task.assignee === 'starter.manager');
}

/**
 * A task as a close effect leaves it: an approval slot's status as the engine says (`done` by
 * the actor who decided); otherwise `done` when the event is one of its outcomes, else cancelled.
 */
function closedTask(task: Task, effect: CloseTaskEffect, input: PlanInput): Task {
  const status = effect.status ?? (task.outcomes.includes(input.eventType) ? 'done' : 'cancelled');
  const done = status === 'done';
  return {
    ...task,
    status,
    completedAt: input.at,
    completedBy: done || status === 'transferred' || status === 'delegated' ? input.actor : null,
    outcome: done && task.outcomes.includes(input.eventType) ? input.eventType : null,
  };
}

/**
 * Pure: turns a step's effects into the rows to write. A closed task is `done` (with outcome)
 * when the event was one of its outcomes, `cancelled` otherwise (e.g. a timer moved on).
 */
export function planEffects(input: PlanInput): EffectPlan {
  let open = [...input.openBefore];
  const closed: Task[] = [];
  const opened: Task[] = [];
  const timers = new Map<string, ScheduleTimerEffect | 'cancel'>();
  const notifications: NotificationWrite[] = [];
  const ccs: CcEffect[] = [];
  for (const effect of input.effects) {
    switch (effect.kind) {
      case 'closeTask': {
        const closing = open.filter(
          (t) => t.statePath === effect.statePath && (effect.slot === undefined || t.slot === effect.slot),
        );
        for (const task of closing) {
          const final = closedTask(task, effect, input);
          const index = opened.indexOf(task);
          if (index >= 0) opened.splice(index, 1, final);
          else closed.push(final);
        }
        open = open.filter((t) => !closing.includes(t));
        break;
      }
      case 'openTask': {
        const task: Task = {
          id: input.newId(),
          instanceId: input.instanceId,
          definitionKey: input.definitionKey,
          statePath: effect.statePath,
          title: effect.task.title,
          candidateRoles: effect.slot ? [] : (effect.task.candidateRoles ?? []),
          assignee: effect.assignee ?? resolveAssignee(effect.task.assignee, input),
          status: 'open',
          // A delegate works on the task and hands it back (`/tasks/:id/resolve`); they decide nothing.
          outcomes: effect.delegatedBy ? [] : effect.task.outcomes,
          formSchema: effect.formSchema ?? {},
          dueAt: effect.dueAt ?? null,
          createdAt: input.at,
          completedAt: null,
          completedBy: null,
          outcome: null,
          slot: effect.slot ?? null,
          onBehalfOf: effect.onBehalfOf ?? null,
          proxyUntil: effect.proxyUntil ?? null,
          delegatedBy: effect.delegatedBy ?? null,
        };
        opened.push(task);
        open.push(task);
        break;
      }
      case 'scheduleTimer':
        timers.set(effect.timerId, effect);
        break;
      case 'cancelTimer':
        timers.set(effect.timerId, 'cancel');
        break;
      case 'notify': {
        const recipients = effect.to.startsWith(TASK_HOLDERS)
          ? taskHolders(open, effect.to.slice(TASK_HOLDERS.length))
          : [
              effect.to === 'starter.manager' && input.starterManager
                ? { kind: 'user' as const, username: input.starterManager }
                : resolveNotifyRecipients(effect.to, input.startedBy),
            ];
        for (const r of recipients) {
          if (!r) continue;
          notifications.push({
            to: effect.to,
            recipients: r,
            message: effect.message,
            ...(effect.data ? { data: effect.data } : {}),
            channels: input.channels,
          });
        }
        break;
      }
      case 'cc':
        ccs.push(effect);
        break;
    }
  }
  const writes = writesOf(closed, opened, timers, notifications, input.firedTimerId);
  // Copies last (after the notifications), so the statement text stays stable.
  return { closed, openAfter: open, writes: [...writes, ...planCc(ccs, input)] };
}

/** The writes in a fixed order (tasks, timers, notifications), so the statement text is stable. */
function writesOf(
  closed: Task[],
  opened: Task[],
  timers: Map<string, ScheduleTimerEffect | 'cancel'>,
  notifications: NotificationWrite[],
  firedTimerId: string | null,
): EffectWrite[] {
  const writes: EffectWrite[] = [
    ...closed.map((task): EffectWrite => ({ kind: 'taskClosed', task })),
    ...opened.map((task): EffectWrite => ({ kind: 'taskOpened', task })),
  ];
  for (const [timerId, op] of timers) {
    if (op !== 'cancel') writes.push({ kind: 'timerScheduled', timer: op });
    else if (timerId !== firedTimerId) writes.push({ kind: 'timerCancelled', timerId });
  }
  const rescheduled = firedTimerId !== null && typeof timers.get(firedTimerId) === 'object';
  if (firedTimerId !== null && !rescheduled) writes.push({ kind: 'timerFired', timerId: firedTimerId });
  for (const notification of notifications) writes.push({ kind: 'notification', notification });
  return writes;
}
