import { EventRejectedError } from '@liucheng/engine';
import { ApiError } from '../common/api-error';

/**
 * Maps the engine's rejection to the API: not accepted -> 409 with the accepted events; an
 * approval rule refusing -> 409 with `reason` = the rule's code (`not-approver`, `already-acted`…);
 * every guard refused -> 422 reason `guard`; invalid data -> 422 naming the field under
 * `prefix` (`/data/amount`, `/input/days`).
 */
export function rejectionToApiError(error: unknown, prefix: '/data' | '/input'): unknown {
  if (!(error instanceof EventRejectedError)) return error;
  switch (error.reason) {
    case 'not-accepted':
      return ApiError.conflict(error.message, { acceptedEvents: error.acceptedEvents, reason: 'not-accepted' });
    case 'guard':
      return ApiError.unprocessable(error.message, { reason: 'guard', acceptedEvents: error.acceptedEvents });
    case 'refused': {
      // An approval rule said no: 409 naming the rule (`details.reason` = its code), the field if any.
      const [problem] = error.errors;
      const errors = error.errors.map((e) => ({
        path: e.path ? `${prefix}${e.path}` : '',
        code: e.code,
        params: e.params,
        message: e.message,
      }));
      return ApiError.conflict(error.message, { reason: problem?.code ?? 'refused', errors });
    }
    case 'invalid-data': {
      // The code (`field-not-editable`, ajv's keyword) lets clients word the problem.
      const errors = error.errors.map((e) => ({
        path: `${prefix}${e.path}`,
        message: e.message,
        ...(e.code ? { code: e.code } : {}),
        ...(e.params ? { params: e.params } : {}),
      }));
      const message = `${prefix === '/input' ? 'Start input' : `Event ${error.eventType} data`} is invalid: ${errors.map((e) => `${e.path} ${e.message}`).join('; ')}`;
      return ApiError.unprocessable(message, { reason: 'invalid-data', errors });
    }
  }
}
