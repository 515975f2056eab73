import {
  createActor,
  type ActorScope,
  type AnyMachineSnapshot,
  type AnyStateMachine,
  type EventObject,
  type ExecutableActionsFrom,
} from 'xstate';

type Scope = ActorScope<AnyMachineSnapshot, EventObject> & { actionExecutor: (action: unknown) => void };

const scopes = new WeakMap<AnyStateMachine, Scope>();
const ignore = () => undefined;

/**
 * One inert actor scope per machine, reused by every step. XState's `transition()` and
 * `initialTransition()` build a throwaway actor per call, and its constructor computes a whole
 * initial snapshot (context factory, entry actions): a third of a counter step's CPU. Our
 * machines spawn and invoke nothing, so the scope holds no state between calls; only its
 * action collector is swapped per call (steps run one at a time: JavaScript is single-threaded
 * and a step never starts another from inside).
 */
function scopeOf(machine: AnyStateMachine): Scope {
  let scope = scopes.get(machine);
  if (!scope) {
    const self = createActor(machine);
    scope = {
      self,
      defer: ignore,
      id: '',
      logger: ignore,
      sessionId: '',
      stopChild: ignore,
      system: self.system,
      emit: ignore,
      actionExecutor: ignore,
    } as unknown as Scope;
    scopes.set(machine, scope);
  }
  return scope;
}

function collecting<T>(
  machine: AnyStateMachine,
  run: (scope: Scope) => T,
): [T, ExecutableActionsFrom<AnyStateMachine>[]] {
  const actions: ExecutableActionsFrom<AnyStateMachine>[] = [];
  const scope = scopeOf(machine);
  scope.actionExecutor = (action) => void actions.push(action as ExecutableActionsFrom<AnyStateMachine>);
  try {
    return [run(scope), actions];
  } finally {
    scope.actionExecutor = ignore;
  }
}

/** What XState's `transition(machine, snapshot, event)` answers, without a throwaway actor. */
export function inertTransition(machine: AnyStateMachine, snapshot: AnyMachineSnapshot, event: EventObject) {
  return collecting(machine, (scope) => machine.transition(snapshot, event, scope) as AnyMachineSnapshot);
}

/** What XState's `initialTransition(machine, input)` answers, without a throwaway actor. */
export function inertInitialTransition(machine: AnyStateMachine, input: unknown) {
  return collecting(machine, (scope) => machine.getInitialSnapshot(scope, input) as AnyMachineSnapshot);
}
