import type { AnyMachineSnapshot } from 'xstate';
import { DelayValueError } from '../compile/delay-value.error';
import { isCalendarError } from './calendar-rejection';
import { EventRejectedError } from './engine.errors';
import type { TransitionOutput } from './effects';
import { RegistryEntryError, StepLimitError, withStepScope } from './step-scope';

/** If XState turned one of our errors into an `error` snapshot, throw it instead. */
function rethrowEngineError(snapshot: AnyMachineSnapshot): void {
  if (snapshot.status !== 'error') return;
  const error = snapshot.error;
  if (
    error instanceof DelayValueError ||
    error instanceof StepLimitError ||
    error instanceof RegistryEntryError ||
    isCalendarError(error)
  )
    throw error;
}

/**
 * Runs one XState transition inside a step scope. Data the definition cannot use (a bad
 * `context.<path>` duration, a registry entry that throws on it) becomes an `invalid-data`
 * rejection, so the event is not applied; a loop becomes StepLimitError.
 *
 * @example runTransition('APPROVE', () => [], () => transition(machine, snapshot, event))
 */
export function runTransition(eventType: string, accepted: () => string[], run: () => unknown): TransitionOutput {
  try {
    const out = withStepScope(eventType, run) as TransitionOutput;
    rethrowEngineError(out[0]);
    return out;
  } catch (e) {
    if (e instanceof DelayValueError) {
      const path = `/${e.contextPath.split('.').join('/')}`;
      throw new EventRejectedError('invalid-data', eventType, accepted(), [
        { path, code: 'invalid-duration', params: { field: e.contextPath }, severity: 'error', message: e.message },
      ]);
    }
    if (e instanceof RegistryEntryError) {
      throw new EventRejectedError('invalid-data', eventType, accepted(), [
        {
          path: '',
          code: 'registry-failed',
          params: { kind: e.kind, name: e.entryName },
          severity: 'error',
          message: e.message,
        },
      ]);
    }
    throw e;
  }
}
