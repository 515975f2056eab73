import { JwtService } from '@nestjs/jwt';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import type { AppOptions } from '../../../apps/api/src/app/app-options';
import { createApp } from '../../../apps/api/src/app/create-app';

/** One app per test file, built by the production factory, with token helpers. */
export interface TestApp {
  app: NestFastifyApplication;
  http: ReturnType<NestFastifyApplication['getHttpServer']>;
  /** A bearer token for a demo user (cached per app). */
  token(username: string): Promise<string>;
  /** `Authorization` header for a demo user. */
  auth(username: string): Promise<{ Authorization: string }>;
  /** A token for a user signed with the app's own secret but expired a minute ago. */
  expiredToken(username: string, roles?: string[]): Promise<string>;
  /** Signs in with a password (no cache); the answer's token. */
  login(username: string, password: string): Promise<string>;
  close(): Promise<void>;
}

export const DEMO_PASSWORD = 'demo1234';

/**
 * Starts the app against the test database (DATABASE_URL from global-setup or CI). The login
 * limit is kept on but raised, since one app signs many users in (rate-limit.spec.ts tests the real one).
 */
export async function startTestApp(options: AppOptions = {}): Promise<TestApp> {
  const app = await createApp({
    logger: ['error'],
    demo: true,
    timers: { enabled: false },
    serveWeb: false,
    loginRateLimit: { max: 1000, timeWindowMs: 60_000 },
    ...options,
  });
  const http = app.getHttpServer();
  const tokens = new Map<string, string>();
  const token = async (username: string) => {
    const cached = tokens.get(username);
    if (cached) return cached;
    const res = await request(http).post('/api/auth/login').send({ username, password: DEMO_PASSWORD }).expect(200);
    tokens.set(username, res.body.accessToken);
    return res.body.accessToken as string;
  };
  return {
    app,
    http,
    token,
    auth: async (username) => ({ Authorization: `Bearer ${await token(username)}` }),
    expiredToken: (username, roles = [username]) =>
      app.get(JwtService).signAsync({ sub: username, name: username, roles, tv: 0 }, { expiresIn: -60 }),
    login: async (username, password) => {
      const res = await request(http).post('/api/auth/login').send({ username, password });
      if (res.status !== 200) throw new Error(`login of ${username} answered ${res.status}`);
      return res.body.accessToken as string;
    },
    close: () => app.close(),
  };
}

/** Hook timeout: PGlite and migrations on a fresh database take a few seconds. */
export const SETUP_TIMEOUT = 120_000;
