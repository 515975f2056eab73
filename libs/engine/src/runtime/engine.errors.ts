import type { ValidationProblem } from '../definition/validation.types';
import type { RejectionReason } from './runtime.types';

/** The definition does not validate against the registry; nothing was compiled. */
export class DefinitionInvalidError extends Error {
  constructor(readonly errors: ValidationProblem[]) {
    super(`Invalid definition: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
    this.name = 'DefinitionInvalidError';
  }
}

/** The event was not applied; the snapshot is unchanged. */
export class EventRejectedError extends Error {
  constructor(
    readonly reason: RejectionReason,
    readonly eventType: string,
    readonly acceptedEvents: string[],
    readonly errors: ValidationProblem[] = [],
  ) {
    super(EventRejectedError.describe(reason, eventType, acceptedEvents, errors));
    this.name = 'EventRejectedError';
  }

  private static describe(
    reason: RejectionReason,
    type: string,
    accepted: string[],
    errors: ValidationProblem[],
  ): string {
    switch (reason) {
      case 'not-accepted':
        return `Event ${type} is not accepted in the current state; accepted: ${accepted.join(', ') || 'none'}`;
      case 'guard':
        return `Event ${type} is handled, but every transition's guard refused it`;
      case 'invalid-data':
        return `Event ${type} data is invalid: ${errors.map((e) => `${e.path || '/'} ${e.message}`).join('; ')}`;
      case 'refused':
        return `Event ${type} was refused: ${errors.map((e) => e.message).join('; ')}`;
    }
  }
}

/** An approval rule refuses the event; `code` is stable, `params` fill its message. */
export function refusal(
  eventType: string,
  code: string,
  message: string,
  params: Record<string, unknown> = {},
  path = '',
): EventRejectedError {
  return new EventRejectedError('refused', eventType, [], [{ path, code, params, severity: 'error', message }]);
}
