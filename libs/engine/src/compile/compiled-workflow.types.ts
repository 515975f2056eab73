import type { AnyStateMachine } from 'xstate';
import type { TaskSpec, WorkflowSpec } from '../definition/definition.types';
import type { Registry } from '../registry/registry.types';

/** A validated definition turned into an XState machine. Immutable; reuse it freely. */
export interface CompiledWorkflow {
  spec: WorkflowSpec;
  registry: Registry;
  machine: AnyStateMachine;
  /** Tasks by dotted state path below the root. */
  tasks?: Readonly<Record<string, TaskSpec>>;
  /** State path of each delayed (`after`) event type. */
  timerStates?: Readonly<Record<string, string>>;
  /** Every state path an admin's `@move` may go to, in document order. */
  moveTargets?: readonly string[];
  /** What the definition uses beyond plain statecharts; absent features cost nothing. */
  features?: Readonly<{ approvals: boolean }>;
}
