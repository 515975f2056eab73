// The "try it" reducer: runs the engine's pure start/step against a simulated clock; no server involved.
import {
  EventRejectedError,
  start,
  step,
  type CompiledWorkflow,
  type Effect,
  type JsonObject,
  type StepResult,
} from '@liucheng/engine';
import type {
  OpenTask,
  PendingTimer,
  SimulationAction,
  SimulationLogEntry,
  SimulationRejection,
  SimulationState,
} from './simulation.types';

/** A fresh simulation whose clock reads `startAt`; `actor` is who the simulated events come from. */
export function initialSimulation(startAt: Date, actor: string): SimulationState {
  return { now: startAt.toISOString(), actor, result: null, timers: [], tasks: [], log: [], rejection: null };
}

/** The pending timer that fires first (ties: the one scheduled first). */
export function earliestTimer(timers: PendingTimer[]): PendingTimer | undefined {
  return timers.reduce<PendingTimer | undefined>((best, t) => (!best || t.dueAt < best.dueAt ? t : best), undefined);
}

/**
 * Applies one user action. A rejected start/event leaves everything but `rejection` as it was.
 *
 * @example simulate(compiled, initialSimulation(clock, 'owner'), { type: 'start', input: { days: 2 } })
 */
export function simulate(
  compiled: CompiledWorkflow,
  state: SimulationState,
  action: SimulationAction,
): SimulationState {
  switch (action.type) {
    case 'reset':
      return initialSimulation(new Date(state.log[0]?.at ?? state.now), state.actor);
    case 'start': {
      const fresh = initialSimulation(new Date(state.log[0]?.at ?? state.now), state.actor);
      const next = attempt(
        compiled,
        fresh,
        '@start',
        () => start(compiled, action.input, new Date(fresh.now), fresh.actor),
        {
          kind: 'start',
          data: action.input,
        },
      );
      // A refused start input keeps whatever run was on screen.
      return next.rejection ? { ...state, rejection: next.rejection } : next;
    }
    case 'send': {
      const current = state.result;
      if (!current) return state;
      const now = new Date(state.now);
      const event = { type: action.eventType, data: action.data, actor: state.actor };
      return attempt(compiled, state, action.eventType, () => step(compiled, current.snapshot, event, now), {
        kind: 'event',
        data: action.data,
      });
    }
    case 'advance': {
      const timer = earliestTimer(state.timers);
      if (!state.result || !timer) return state;
      const current = state.result;
      // The fired timer is done, as the API marks its row: a reminder or a targetless delay
      // schedules nothing to replace it, and advancing again must reach the next one.
      const moved = { ...state, now: timer.dueAt, timers: state.timers.filter((t) => t.timerId !== timer.timerId) };
      const event = { type: timer.eventType, actor: 'system' };
      return attempt(
        compiled,
        moved,
        timer.eventType,
        () => step(compiled, current.snapshot, event, new Date(timer.dueAt)),
        {
          kind: 'timer',
          data: {},
        },
      );
    }
  }
}

/** Approval steps passed in a row before the trial run calls it a loop (as the API does). */
const MAX_APPROVER_ROUNDS = 50;

/**
 * The `@approvers` data of a trial run: with no organisation in the browser, the one trying the
 * draft is the approver of every approval step it enters, so each step can be decided.
 */
export function trialApprovers(result: StepResult, actor: string): JsonObject | null {
  const paths = result.effects.flatMap((e) => (e.kind === 'resolveApprovers' ? [e.statePath] : []));
  if (paths.length === 0) return null;
  return { states: Object.fromEntries([...new Set(paths)].sort().map((p) => [p, { approvers: [{ user: actor }] }])) };
}

function attempt(
  compiled: CompiledWorkflow,
  state: SimulationState,
  eventType: string,
  run: () => StepResult,
  entry: { kind: 'start' | 'event' | 'timer'; data: JsonObject },
): SimulationState {
  let result: StepResult;
  try {
    result = run();
  } catch (error) {
    return { ...state, rejection: toRejection(error, eventType) };
  }
  let next = record(state, eventType, entry, result);
  for (let round = 0; round < MAX_APPROVER_ROUNDS; round++) {
    const data = trialApprovers(result, state.actor);
    if (!data) break;
    try {
      result = step(compiled, result.snapshot, { type: '@approvers', data, actor: 'system' }, new Date(state.now));
    } catch (error) {
      return { ...next, rejection: toRejection(error, '@approvers') };
    }
    next = record(next, '@approvers', { kind: 'approvers', data }, result);
  }
  return next;
}

function record(
  state: SimulationState,
  eventType: string,
  entry: { kind: SimulationLogEntry['kind']; data: JsonObject },
  result: StepResult,
): SimulationState {
  return {
    ...state,
    result,
    timers: applyTimers(state.timers, result.effects),
    tasks: applyTasks(state.tasks, result.effects),
    rejection: null,
    log: [
      ...state.log,
      {
        seq: state.log.length + 1,
        at: state.now,
        kind: entry.kind,
        eventType,
        data: entry.data,
        stateAfter: result.state,
        effects: result.effects,
      },
    ],
  };
}

function applyTimers(timers: PendingTimer[], effects: Effect[]): PendingTimer[] {
  let next = [...timers];
  for (const effect of effects) {
    if (effect.kind === 'cancelTimer') next = next.filter((t) => t.timerId !== effect.timerId);
    if (effect.kind === 'scheduleTimer') {
      const { timerId, eventType, dueAt, statePath } = effect;
      next = [...next.filter((t) => t.timerId !== timerId), { timerId, eventType, dueAt, statePath }];
    }
  }
  return next;
}

function applyTasks(tasks: OpenTask[], effects: Effect[]): OpenTask[] {
  let next = [...tasks];
  for (const effect of effects) {
    if (effect.kind === 'closeTask') next = next.filter((t) => t.statePath !== effect.statePath);
    if (effect.kind === 'openTask')
      next = [
        ...next.filter((t) => t.statePath !== effect.statePath),
        { statePath: effect.statePath, title: effect.task.title, outcomes: effect.task.outcomes },
      ];
  }
  return next;
}

function toRejection(error: unknown, eventType: string): SimulationRejection {
  if (error instanceof EventRejectedError)
    return {
      reason: error.reason,
      eventType,
      acceptedEvents: error.acceptedEvents,
      errors: error.errors,
      message: error.message,
    };
  return { reason: 'error', eventType, acceptedEvents: [], errors: [], message: (error as Error).message };
}
