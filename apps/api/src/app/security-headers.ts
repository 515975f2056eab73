import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

const middleware = helmet({
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      // 'unsafe-eval': the engine's JSON Schema validation (ajv) compiles validators to
      // functions in the browser too, for the designer's live validation and simulation.
      scriptSrc: ["'self'", "'unsafe-eval'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      connectSrc: ["'self'"],
      // Deployments inside a company network often run plain http: do not force https.
      upgradeInsecureRequests: null,
    },
  },
});

/**
 * helmet's headers, read once from its middleware: they do not depend on the request (no
 * nonces), so one object serves every response.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze(recordHelmetHeaders());

function recordHelmetHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: string | number | readonly string[]) => {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader: (name: string) => delete headers[name.toLowerCase()],
  };
  let failure: unknown;
  middleware({} as IncomingMessage, response as unknown as ServerResponse, (error?: unknown) => (failure = error));
  if (failure) throw failure;
  return headers;
}

/**
 * Security headers on every response, set as Fastify reply headers: Fastify writes them with the
 * response's own in one writeHead, where helmet's `res.setHeader` per header (12) made Node
 * validate and store each twice. A hijacked response (the notification stream) writes
 * `SECURITY_HEADERS` in its own head.
 */
export function registerSecurityHeaders(app: NestFastifyApplication): void {
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (_request, reply, done) => {
      reply.headers(SECURITY_HEADERS);
      done();
    });
}
