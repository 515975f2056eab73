import type { JsonObject, StateValue } from '@liucheng/engine';

/**
 * A path through a workflow, written once and walked twice: through the pure engine
 * (workflows/<key>/<key>.spec.ts) and through the HTTP API (test/api/workflow-scenarios.spec.ts).
 */
export interface Scenario {
  /** Human-readable name, e.g. "county staff, with alcohol, settled on time". */
  name: string;
  /** Demo user (= role name) who starts the instance. */
  starter: string;
  input: JsonObject;
  steps: ScenarioStep[];
  /** The state value after the last step. */
  expectState: StateValue;
  expectStatus: 'running' | 'done';
  /** Context fields (deep partial) expected after the last step. */
  expectContext?: JsonObject;
}

export interface ScenarioStep {
  /**
   * Event type; for a timer firing use `{ timer: '<after key>' }` instead. An approval decision
   * (`APPROVE`…) is the actor's own; `@withdraw`, `@urge` and `@send-back` (data `{statePath, slot,
   * to, reason?}`) are the approval actions, sent over HTTP through their routes.
   */
  type?: string;
  /** Fires the `after` timer of the current state with this delay key (e.g. `P3D`), as the system. */
  timer?: string;
  data?: JsonObject;
  /** Demo user (= role name) who sends the event. */
  actor: string;
  /** State value expected right after this step (optional). */
  expectState?: StateValue;
}
