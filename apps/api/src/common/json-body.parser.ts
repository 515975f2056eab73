import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from './api-error';
import { describeInputProblems, inputLimitProblems, type InputProblem } from './input-limits';

/**
 * Only JSON bodies are accepted: every other content type (text/plain included, which
 * Fastify would parse as a string) is a 400. Every body, query string and path parameter is
 * checked against the input limits (input-limits.ts) before any guard, pipe or handler runs,
 * so nothing downstream (validation, canonical hashing, PostgreSQL) meets a value it cannot take.
 */
export function acceptOnlyJsonBodies(fastify: FastifyInstance): void {
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser(/^application\/([\w.+-]+\+)?json(;.*)?$/i, { parseAs: 'string' }, (_req, body, done) => {
    const text = String(body);
    if (text.trim() === '') return done(null, undefined);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return done(badRequest('The body is not valid JSON'), undefined);
    }
    const problems = inputLimitProblems(value);
    if (problems.length) return done(inputRejected('body', problems), undefined);
    done(null, value);
  });
  fastify.addContentTypeParser('*', (_req, _payload, done) => {
    done(badRequest('The body must be JSON (Content-Type: application/json)'), undefined);
  });
  fastify.addHook('preValidation', (request, _reply, done) => done(urlProblem(request)));
}

/** A 400 for a NUL or a lone surrogate in the query string or a path parameter, else undefined. */
function urlProblem(request: FastifyRequest): ApiError | undefined {
  for (const [where, value] of [
    ['query string', request.query],
    ['path parameter', request.params],
  ] as const) {
    if (value === null || typeof value !== 'object') continue;
    const problems = inputLimitProblems(value);
    if (problems.length) return inputRejected(where, problems);
  }
  return undefined;
}

function inputRejected(where: string, problems: InputProblem[]): ApiError {
  return ApiError.badRequest(describeInputProblems(where, problems), problems);
}

/** A Fastify-level error (raised before Nest sees the request) that the error handler maps to 400. */
function badRequest(message: string): Error & { statusCode: number } {
  return Object.assign(new Error(message), { statusCode: 400 });
}
