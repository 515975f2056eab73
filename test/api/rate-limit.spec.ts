import request from 'supertest';
import { loginKey, loginRateLimitFromEnv } from '../../apps/api/src/auth/login-rate-limit';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';

describe('login rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ loginRateLimit: { max: 3, timeWindowMs: 60_000 } });
  }, SETUP_TIMEOUT);
  afterAll(() => t?.close());

  it('answers 429 with the error body after max attempts for one IP and username, and only on login', async () => {
    const username = `nobody-${process.pid}`;
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await request(t.http).post('/api/auth/login').send({ username, password: 'wrong-password' });
      statuses.push(res.status);
      if (res.status === 429) {
        expect(res.body).toEqual({
          statusCode: 429,
          error: 'Too Many Requests',
          message: expect.stringContaining('Too many login attempts'),
        });
        expect(res.headers['retry-after']).toMatch(/^\d+$/);
      }
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    // Another username from the same address still gets its own attempts.
    await request(t.http).post('/api/auth/login').send({ username: 'staff', password: 'demo1234' }).expect(200);
    // Other routes are not limited.
    for (let i = 0; i < 5; i++) await request(t.http).get('/api/health').expect(200);
  });
});

describe('loginRateLimitFromEnv', () => {
  it.each([
    [undefined, { max: 10, timeWindowMs: 60_000 }],
    ['', { max: 10, timeWindowMs: 60_000 }],
    ['25', { max: 25, timeWindowMs: 60_000 }],
    ['0', false],
  ])('LIUCHENG_LOGIN_RATE_LIMIT=%s -> %j', (value, expected) => {
    expect(loginRateLimitFromEnv({ LIUCHENG_LOGIN_RATE_LIMIT: value })).toEqual(expected);
  });

  it.each(['-1', 'ten', '1.5'])('refuses %s', (value) => {
    expect(() => loginRateLimitFromEnv({ LIUCHENG_LOGIN_RATE_LIMIT: value })).toThrow('LIUCHENG_LOGIN_RATE_LIMIT');
  });

  it('keys by address and lower-cased username', () => {
    expect(loginKey({ ip: '127.0.0.1', body: { username: 'Staff' } })).toBe('127.0.0.1|staff');
    expect(loginKey({ ip: '127.0.0.1', body: undefined })).toBe('127.0.0.1|');
  });
});
