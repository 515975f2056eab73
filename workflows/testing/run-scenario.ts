import { APPROVAL_EVENTS, approversEventData, compile, replay, replayFinal, start, step } from '@liucheng/engine';
import { demoOrgSnapshot } from '../demo/demo-org-snapshot';
import { workflowRegistry } from '../registry/workflow-registry';
import type {
  CompiledWorkflow,
  Effect,
  JsonObject,
  OrgSnapshot,
  RecordedEvent,
  Registry,
  ScheduleTimerEffect,
  StepResult,
  WorkflowSpec,
} from '@liucheng/engine';
import type { Scenario, ScenarioStep } from './scenario.types';

/** The deterministic clock: scenarios start here (Monday 09:00 Beijing time)... */
export const SCENARIO_EPOCH = new Date('2026-03-02T01:00:00.000Z');
/** ...and every user step happens one hour after the previous one. */
export const STEP_MS = 60 * 60 * 1000;

const DAY_MS = 24 * STEP_MS;
/** Milliseconds in `days` days, for asserting timer due dates. */
export const days = (n: number): number => n * DAY_MS;

/** Approval steps passed automatically in a row before we call it a loop (as the API does). */
const MAX_APPROVER_ROUNDS = 50;

/**
 * Walks one instance through the pure engine with a fixed clock, keeping the timers that are
 * still scheduled (scheduleTimer effects not yet cancelled or fired) the way the timer worker would.
 * Like the API, a step that enters approval states is followed at the same time by the
 * `@approvers` entry (actor `system`) resolved against the demo organisation.
 */
export class ScenarioWalker {
  /** One per history entry the API would record (`@approvers` follow-ups included). */
  readonly results: StepResult[] = [];
  /** The history entries, in order, matching {@link results}. */
  readonly entries: RecordedEvent[] = [];
  /** Every effect, in order, tagged with the time of the step that produced it. */
  readonly effects: Array<{ at: string; effect: Effect }> = [];
  /** Timers scheduled and neither cancelled nor fired, by timerId. */
  readonly timers = new Map<string, ScheduleTimerEffect>();
  /** Timers that fired, in order. */
  readonly fired: ScheduleTimerEffect[] = [];
  private clock: Date = SCENARIO_EPOCH;
  private starter = '';

  constructor(
    readonly compiled: CompiledWorkflow,
    readonly org: OrgSnapshot = demoOrgSnapshot(),
  ) {}

  /** Compiles `spec` against `registry` (the default registry unless given). */
  static of(spec: WorkflowSpec, registry: Registry = workflowRegistry, org?: OrgSnapshot): ScenarioWalker {
    return new ScenarioWalker(compile(spec, registry), org);
  }

  /** The latest step result; throws before `start`. */
  get current(): StepResult {
    const last = this.results[this.results.length - 1];
    if (!last) throw new Error('The instance has not been started');
    return last;
  }

  /** The time of the latest step. */
  get now(): Date {
    return this.clock;
  }

  /** Starts the instance at {@link SCENARIO_EPOCH}, or `at` (a scheduled start's occurrence). */
  start(input: JsonObject, actor: string, at: Date = SCENARIO_EPOCH): StepResult {
    this.clock = at;
    this.starter = actor;
    const result = start(this.compiled, input, this.clock, actor);
    return this.record({ type: '@start', data: input, actor }, result);
  }

  /** Sends a user event one hour after the previous step. */
  send(type: string, actor: string, data?: JsonObject): StepResult {
    const now = new Date(this.clock.getTime() + STEP_MS);
    const result = step(this.compiled, this.current.snapshot, { type, data, actor }, now);
    this.clock = now;
    return this.record({ type, data: data ?? {}, actor }, result);
  }

  /** The number of history entries so far (the instance's `seq` over the API). */
  get seq(): number {
    return this.entries.length;
  }

  /**
   * The still-scheduled timer of an `after` entry with this delay key (e.g. `P3D` or
   * `context.settlementWindow`); throws unless exactly one matches.
   */
  timer(delayKey: string): ScheduleTimerEffect {
    const needle = `.after.${delayKey}.`;
    const matches = [...this.timers.values()].filter((t) => t.timerId.includes(needle));
    if (matches.length !== 1) {
      const scheduled = [...this.timers.keys()].join(', ') || 'none';
      throw new Error(
        `Expected one scheduled timer matching "${needle}", found ${matches.length}; scheduled: ${scheduled}`,
      );
    }
    return matches[0];
  }

  /** Fires the timer of `delayKey` at its due time, as the engine's timer worker would. */
  fireTimer(delayKey: string): StepResult {
    const timer = this.timer(delayKey);
    const now = new Date(timer.dueAt);
    this.timers.delete(timer.timerId);
    const result = step(this.compiled, this.current.snapshot, { type: timer.eventType, actor: 'system' }, now);
    this.fired.push(timer);
    this.clock = now;
    return this.record({ type: timer.eventType, data: {}, actor: 'system' }, result);
  }

  /** Applies one scenario step (user event or timer). */
  apply(scenarioStep: ScenarioStep): StepResult {
    if (scenarioStep.timer !== undefined) return this.fireTimer(scenarioStep.timer);
    if (!scenarioStep.type) throw new Error('A scenario step needs `type` or `timer`');
    return this.send(scenarioStep.type, scenarioStep.actor, scenarioStep.data);
  }

  /** Notify effects emitted so far. */
  notifications(): Array<Extract<Effect, { kind: 'notify' }>> {
    return this.effects
      .map((e) => e.effect)
      .filter((e): e is Extract<Effect, { kind: 'notify' }> => e.kind === 'notify');
  }

  /** Records the step, then its `@approvers` follow-ups; returns the last result. */
  private record(entry: Omit<RecordedEvent, 'at'>, result: StepResult): StepResult {
    let current = this.keep(entry, result);
    for (let round = 0; current.effects.some((e) => e.kind === 'resolveApprovers'); round++) {
      if (round >= MAX_APPROVER_ROUNDS)
        throw new Error(`more than ${MAX_APPROVER_ROUNDS} approval steps passed automatically in one event`);
      const data = approversEventData(this.compiled, current, this.org, this.starter, this.clock)!;
      const event = { type: APPROVAL_EVENTS.approvers, data, actor: 'system' };
      current = this.keep(event, step(this.compiled, current.snapshot, event, this.clock));
    }
    return current;
  }

  private keep(entry: Omit<RecordedEvent, 'at'>, result: StepResult): StepResult {
    const at = this.clock.toISOString();
    for (const effect of result.effects) {
      this.effects.push({ at, effect });
      if (effect.kind === 'scheduleTimer') this.timers.set(effect.timerId, effect);
      if (effect.kind === 'cancelTimer') this.timers.delete(effect.timerId);
    }
    this.entries.push({ ...entry, at });
    this.results.push(result);
    return result;
  }
}

function describeStep(index: number, s: ScenarioStep): string {
  return `step ${index + 1} (${s.type ?? `timer ${s.timer}`} by ${s.actor})`;
}

function withLabel<T>(label: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof Error) error.message = `${label}: ${error.message}`;
    throw error;
  }
}

/**
 * Walks `scenario` through the pure engine and asserts every expectation it states
 * (state after each step that names one, final state, status and context), and that replaying
 * the recorded entries (`@approvers` included) reproduces every step, and `replayFinal` the last.
 * Returns the walker so a test can assert more (timers, notifications).
 */
export function runScenario(
  spec: WorkflowSpec,
  scenario: Scenario,
  registry: Registry = workflowRegistry,
): ScenarioWalker {
  const walker = ScenarioWalker.of(spec, registry);
  withLabel('start', () => walker.start(scenario.input, scenario.starter));
  scenario.steps.forEach((s, index) =>
    withLabel(describeStep(index, s), () => {
      const result = walker.apply(s);
      if (s.expectState !== undefined) expect(result.state).toEqual(s.expectState);
    }),
  );
  withLabel('final', () => {
    expect(walker.current.state).toEqual(scenario.expectState);
    expect(walker.current.status).toBe(scenario.expectStatus);
    if (scenario.expectContext) expect(walker.current.context).toMatchObject(scenario.expectContext);
    expect(replay(walker.compiled, walker.entries)).toEqual(walker.results);
    // The live-snapshot fast path (GET /replay) ends where the per-entry replay ends.
    const { state, context, status } = walker.current;
    expect(replayFinal(walker.compiled, walker.entries)).toEqual({ state, context, status });
  });
  return walker;
}

/** True when every step of the scenario can be sent by a user over HTTP (no timer steps). */
export function isUserOnly(scenario: Scenario): boolean {
  return scenario.steps.every((s) => s.timer === undefined);
}
