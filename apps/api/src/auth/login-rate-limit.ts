import rateLimit from '@fastify/rate-limit';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest, RouteOptions } from 'fastify';
import { errorBody } from '../common/api-error';

/** The login route, the only one limited. */
export const LOGIN_ROUTE = '/api/auth/login';

export interface LoginRateLimit {
  /** Attempts per window for one IP and username. */
  max: number;
  timeWindowMs: number;
}

/** `LIUCHENG_LOGIN_RATE_LIMIT` = attempts per minute (default 10; `0` turns the limit off). */
export function loginRateLimitFromEnv(env: NodeJS.ProcessEnv = process.env): LoginRateLimit | false {
  const raw = env.LIUCHENG_LOGIN_RATE_LIMIT;
  const max = raw === undefined || raw === '' ? 10 : Number(raw);
  if (!Number.isInteger(max) || max < 0) throw new Error('LIUCHENG_LOGIN_RATE_LIMIT must be a whole number');
  return max === 0 ? false : { max, timeWindowMs: 60_000 };
}

/** The limiter's key: the client address and the username tried (lower-cased). */
export function loginKey(request: Pick<FastifyRequest, 'ip' | 'body'>): string {
  const body = request.body as { username?: unknown } | undefined;
  const username = typeof body?.username === 'string' ? body.username.toLowerCase() : '';
  return `${request.ip}|${username}`;
}

/**
 * Limits login attempts per IP and username with @fastify/rate-limit, answering 429 with the
 * API's error body. The counters live in this process's memory: with several api processes
 * behind one address each counts alone (an attacker gets `max` × processes tries), which is
 * acceptable for a brute-force brake. Must run before the routes are registered (app.init).
 */
export async function registerLoginRateLimit(app: NestFastifyApplication, limit: LoginRateLimit): Promise<void> {
  await app.register(rateLimit as unknown as Parameters<NestFastifyApplication['register']>[0], { global: false });
  const fastify = app.getHttpAdapter().getInstance() as unknown as {
    rateLimit(options: Record<string, unknown>): RouteOptions['preHandler'];
    addHook(name: 'onRoute', hook: (route: RouteOptions) => void): void;
  };
  const limiter = fastify.rateLimit({
    max: limit.max,
    timeWindow: limit.timeWindowMs,
    keyGenerator: loginKey,
    errorResponseBuilder: (_request: unknown, context: { after: string }) =>
      Object.assign(new Error(`Too many login attempts; try again in ${context.after}`), {
        statusCode: 429,
        body: errorBody(429, `Too many login attempts; try again in ${context.after}`),
      }),
  });
  fastify.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (route.url !== LOGIN_ROUTE || !methods.includes('POST')) return;
    const existing = route.preHandler ? (Array.isArray(route.preHandler) ? route.preHandler : [route.preHandler]) : [];
    route.preHandler = [...existing, limiter] as RouteOptions['preHandler'];
  });
}
