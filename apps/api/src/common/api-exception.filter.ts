import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { ErrorBody } from '@liucheng/contracts';
import { RETRY_AFTER_SECONDS, databaseFailureOf } from '../database/database-errors';
import { errorBody } from './api-error';

/** The error body plus, on a 503, the stable `code` the web app translates. */
export type ApiErrorBody = ErrorBody & { code?: string };

const UNAVAILABLE_MESSAGES: Record<string, string> = {
  'database-unavailable':
    'The database is unavailable; retry shortly (with the same Idempotency-Key a change is never applied twice).',
  'transaction-conflict': 'The transaction collided with a concurrent one and was rolled back; retry it.',
};

/**
 * Every error leaves as `{statusCode, error, message, details?}`; unexpected ones as a logged 500.
 * A 503 (database unreachable, connection lost, deadlock) carries `code` and `Retry-After`.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const body = toErrorBody(exception);
    if (body.statusCode === 503) {
      this.logger.warn(`${body.code}: ${exception instanceof Error ? exception.message : String(exception)}`);
      void reply.header('retry-after', String(RETRY_AFTER_SECONDS));
    } else if (body.statusCode >= 500)
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    void reply.status(body.statusCode).header('content-type', 'application/json; charset=utf-8').send(body);
  }
}

/** Maps Nest, Fastify, database and unknown errors to the API's error body. */
export function toErrorBody(exception: unknown): ApiErrorBody {
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    if (
      typeof response === 'object' &&
      response !== null &&
      'statusCode' in response &&
      'error' in response &&
      'message' in response
    ) {
      const r = response as { message: unknown; details?: ErrorBody['details'] };
      const body: ApiErrorBody = errorBody(
        status,
        Array.isArray(r.message) ? r.message.join('; ') : String(r.message),
        r.details,
      );
      if (status === 503) body.code = typeof r.details?.reason === 'string' ? r.details.reason : 'service-unavailable';
      return body;
    }
    return errorBody(status, typeof response === 'string' ? response : exception.message);
  }
  // Fastify errors (body too large, bad JSON, unsupported media type) carry a statusCode.
  const fastifyError = exception as { statusCode?: number; message?: string; code?: string };
  if (typeof fastifyError?.statusCode === 'number' && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    return errorBody(fastifyError.statusCode, fastifyError.message ?? 'Bad request');
  }
  // A lost or refused connection, a server shutting down, a deadlock: retryable, never a 500.
  const failure = databaseFailureOf(exception);
  if (failure) return { ...errorBody(503, UNAVAILABLE_MESSAGES[failure], { reason: failure }), code: failure };
  // PostgreSQL "data exception" (class 22): a value the database cannot store, e.g. a \u0000 in JSON.
  const pgCode =
    (exception as { code?: unknown; driverError?: { code?: unknown } })?.driverError?.code ?? fastifyError?.code;
  if (typeof pgCode === 'string' && /^22[0-9A-Z]{3}$/.test(pgCode))
    return errorBody(400, 'A value in the request cannot be stored (invalid text or number)');
  return errorBody(500, 'Internal server error');
}
