import { HttpException } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import type { ErrorBody, ProblemContract } from '@liucheng/contracts';

/** An HTTP error with the API's body shape `{statusCode, error, message, details?}`. */
export class ApiError extends HttpException {
  constructor(
    status: number,
    message: string,
    readonly details?: ErrorBody['details'],
  ) {
    super(errorBody(status, message, details), status);
  }

  static badRequest(message: string, errors?: ProblemContract[]): ApiError {
    return new ApiError(400, message, errors ? { errors } : undefined);
  }
  static forbidden(message: string): ApiError {
    return new ApiError(403, message);
  }
  static notFound(message: string): ApiError {
    return new ApiError(404, message);
  }
  static conflict(message: string, details?: ErrorBody['details']): ApiError {
    return new ApiError(409, message, details);
  }
  static unprocessable(message: string, details?: ErrorBody['details']): ApiError {
    return new ApiError(422, message, details);
  }
}

/** Builds the error body every non-2xx answer carries. */
export function errorBody(status: number, message: string, details?: ErrorBody['details']): ErrorBody {
  const body: ErrorBody = { statusCode: status, error: STATUS_CODES[status] ?? 'Error', message };
  if (details) body.details = details;
  return body;
}
