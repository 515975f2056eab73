// State of the designer's "try it" simulation: the engine's step result, a simulated clock and a log.
import type { Effect, JsonObject, RejectionReason, StateValue, StepResult, ValidationProblem } from '@liucheng/engine';

export interface PendingTimer {
  timerId: string;
  eventType: string;
  dueAt: string;
  statePath: string;
}

export interface OpenTask {
  statePath: string;
  title: { zh: string; en: string };
  outcomes: string[];
}

/** Why the last event did not apply (the snapshot stayed as it was). */
export interface SimulationRejection {
  /** The engine's reason, or `error` for a definition bug (step limit, a registry entry that throws). */
  reason: RejectionReason | 'error';
  eventType: string;
  acceptedEvents: string[];
  errors: ValidationProblem[];
  message: string;
}

export interface SimulationLogEntry {
  seq: number;
  at: string;
  /** `approvers`: the trial run made the one trying it the approver of the steps just entered. */
  kind: 'start' | 'event' | 'timer' | 'approvers';
  eventType: string;
  data: JsonObject;
  stateAfter: StateValue;
  effects: Effect[];
}

export interface SimulationState {
  /** The simulated clock, ISO-8601 UTC. */
  now: string;
  actor: string;
  result: StepResult | null;
  timers: PendingTimer[];
  tasks: OpenTask[];
  log: SimulationLogEntry[];
  rejection: SimulationRejection | null;
}

export type SimulationAction =
  | { type: 'start'; input: JsonObject }
  | { type: 'send'; eventType: string; data: JsonObject }
  /** Moves the clock to the earliest pending timer and fires it. */
  | { type: 'advance' }
  | { type: 'reset' };
