import { ValidationPipe, type ValidationError } from '@nestjs/common';
import type { ProblemContract } from '@liucheng/contracts';
import { ApiError } from './api-error';

/** Flattens class-validator errors into `{path, message}` items with JSON Pointer paths. */
export function toProblems(errors: ValidationError[], parent = ''): ProblemContract[] {
  const problems: ProblemContract[] = [];
  for (const error of errors) {
    const path = `${parent}/${String(error.property).replace(/~/g, '~0').replace(/\//g, '~1')}`;
    for (const message of Object.values(error.constraints ?? {})) problems.push({ path, message });
    if (error.children?.length) problems.push(...toProblems(error.children, path));
  }
  return problems;
}

/** The production ValidationPipe: unknown fields are rejected, payloads become DTO instances. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const problems = toProblems(errors);
      return ApiError.badRequest(
        `Invalid request: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`,
        problems,
      );
    },
  });
}
