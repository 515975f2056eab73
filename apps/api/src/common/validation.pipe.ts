import { ValidationPipe, type ValidationError } from '@nestjs/common';
import type { ProblemContract } from '@liucheng/contracts';
import { ApiError } from './api-error';

/**
 * Flattens class-validator errors into `{path, message, code}` items with JSON Pointer paths;
 * `code` is the constraint's name (`isString`, `maxLength`, `whitelistValidation`, …), stable
 * for the web app to translate. Iterative: the input limits bound the depth, this does not rely on it.
 */
export function toProblems(errors: ValidationError[], parent = ''): (ProblemContract & { code: string })[] {
  const problems: (ProblemContract & { code: string })[] = [];
  const pending: { error: ValidationError; parent: string }[] = errors.map((error) => ({ error, parent })).reverse();
  while (pending.length > 0) {
    const { error, parent: at } = pending.pop() as { error: ValidationError; parent: string };
    const path = `${at}/${String(error.property).replace(/~/g, '~0').replace(/\//g, '~1')}`;
    for (const [code, message] of Object.entries(error.constraints ?? {})) problems.push({ path, message, code });
    const children = error.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) pending.push({ error: children[i], parent: path });
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
