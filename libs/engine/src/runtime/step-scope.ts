/** Guard evaluations plus assign actions one step may run before it is declared a loop. */
export const STEP_BUDGET = 1_000;

/** A step that kept evaluating guards/actions (an `always` loop whose guard never turns false). */
export class StepLimitError extends Error {
  constructor(readonly eventType: string) {
    super(`Event ${eventType} ran more than ${STEP_BUDGET} guard/action evaluations: the definition loops`);
    this.name = 'StepLimitError';
  }
}

/** A registry guard, action or delay threw; the event is not applied. */
export class RegistryEntryError extends Error {
  constructor(
    readonly kind: 'guard' | 'action' | 'delay',
    readonly entryName: string,
    readonly original: unknown,
  ) {
    super(`${kind} ${entryName} failed: ${original instanceof Error ? original.message : String(original)}`);
    this.name = 'RegistryEntryError';
  }
}

interface StepScope {
  left: number;
  eventType: string;
  /** The first failure of this step; XState rewraps guard errors, so keep the original here. */
  failure?: Error;
}

// XState's transition functions are synchronous, so the scope of the step running right now
// can live here: it is set and restored around each start/step (nesting-safe) and never
// outlives it. XState does not hand one object of ours to every guard, so the event cannot carry it.
let current: StepScope | undefined;

/**
 * Runs one synchronous start/step with a fresh evaluation budget; rethrows the step's first
 * recorded failure (StepLimitError, RegistryEntryError, ...) rather than XState's wrapper.
 *
 * @example withStepScope('APPROVE', () => transition(machine, snapshot, event))
 */
export function withStepScope<T>(eventType: string, run: () => T): T {
  const outer = current;
  const scope: StepScope = { left: STEP_BUDGET, eventType };
  current = scope;
  try {
    return run();
  } catch (e) {
    throw scope.failure ?? e;
  } finally {
    current = outer;
  }
}

/** Records `error` as the running step's failure (first one wins) and returns it. */
export function recordFailure(error: Error): Error {
  if (current && !current.failure) current.failure = error;
  return error;
}

/** Spends one unit of the running step's budget; throws StepLimitError when it runs out. */
export function spendBudget(): void {
  if (current && --current.left < 0) throw recordFailure(new StepLimitError(current.eventType));
}

/**
 * Calls a registry implementation; anything it throws becomes a recorded RegistryEntryError
 * (engine errors pass through as they are).
 */
export function callEntry<T>(kind: RegistryEntryError['kind'], name: string, run: () => T): T {
  try {
    return run();
  } catch (e) {
    const own =
      e instanceof StepLimitError ||
      e instanceof RegistryEntryError ||
      (e instanceof Error && e.name === 'DelayValueError');
    throw recordFailure(own ? (e as Error) : new RegistryEntryError(kind, name, e));
  }
}
