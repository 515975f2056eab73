// A failed API call, carrying the server's error body ({statusCode, error, message, details}).
import type { ErrorBody } from '@liucheng/contracts';

export class ApiError extends Error {
  constructor(readonly body: ErrorBody) {
    super(body.message);
    this.name = 'ApiError';
  }

  get status(): number {
    return this.body.statusCode;
  }
}

/** Status 0 stands for "no answer" (network down, server stopped). */
export const NETWORK_ERROR_STATUS = 0;

/** Turns whatever a response carried into an ErrorBody, even when it is not JSON. */
export function toErrorBody(status: number, statusText: string, payload: unknown): ErrorBody {
  if (isErrorBody(payload)) return payload;
  return { statusCode: status, error: statusText || 'Error', message: statusText || `HTTP ${status}` };
}

function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const { statusCode, message } = value as Record<string, unknown>;
  return typeof statusCode === 'number' && (typeof message === 'string' || Array.isArray(message));
}
