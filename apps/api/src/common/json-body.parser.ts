import type { FastifyInstance } from 'fastify';

/**
 * Only JSON bodies are accepted: every other content type (text/plain included, which
 * Fastify would parse as a string) is a 400, as API.md says.
 */
export function acceptOnlyJsonBodies(fastify: FastifyInstance): void {
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser(/^application\/([\w.+-]+\+)?json(;.*)?$/i, { parseAs: 'string' }, (_req, body, done) => {
    const text = String(body);
    if (text.trim() === '') return done(null, undefined);
    try {
      done(null, JSON.parse(text));
    } catch {
      done(badRequest('The body is not valid JSON'), undefined);
    }
  });
  fastify.addContentTypeParser('*', (_req, _payload, done) => {
    done(badRequest('The body must be JSON (Content-Type: application/json)'), undefined);
  });
}

/** A Fastify-level error (raised before Nest sees the request) that the error handler maps to 400. */
function badRequest(message: string): Error & { statusCode: number } {
  return Object.assign(new Error(message), { statusCode: 400 });
}
