import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { ErrorBody } from '@liucheng/contracts';
import { errorBody } from './api-error';

/** Every error leaves as `{statusCode, error, message, details?}`; unexpected ones as a logged 500. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const body = toErrorBody(exception);
    if (body.statusCode >= 500)
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    void reply.status(body.statusCode).header('content-type', 'application/json; charset=utf-8').send(body);
  }
}

/** Maps Nest, Fastify and unknown errors to the API's error body. */
export function toErrorBody(exception: unknown): ErrorBody {
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
      return errorBody(status, Array.isArray(r.message) ? r.message.join('; ') : String(r.message), r.details);
    }
    return errorBody(status, typeof response === 'string' ? response : exception.message);
  }
  // Fastify errors (body too large, bad JSON, unsupported media type) carry a statusCode.
  const fastifyError = exception as { statusCode?: number; message?: string; code?: string };
  if (typeof fastifyError?.statusCode === 'number' && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    return errorBody(fastifyError.statusCode, fastifyError.message ?? 'Bad request');
  }
  // PostgreSQL "data exception" (class 22): a value the database cannot store, e.g. a \u0000 in JSON.
  const pgCode =
    (exception as { code?: unknown; driverError?: { code?: unknown } })?.driverError?.code ?? fastifyError?.code;
  if (typeof pgCode === 'string' && /^22[0-9A-Z]{3}$/.test(pgCode))
    return errorBody(400, 'A value in the request cannot be stored (invalid text or number)');
  return errorBody(500, 'Internal server error');
}
