import request from 'supertest';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';

describe('auth, health, docs and registry', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  }, SETUP_TIMEOUT);
  afterAll(() => t?.close());

  it('answers health without a token', async () => {
    const res = await request(t.http).get('/api/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', db: 'up' });
  });

  it('sends the security headers on API answers, with the CSP the in-browser engine needs', async () => {
    const res = await request(t.http).get('/api/health').expect(200);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("script-src 'self' 'unsafe-eval'");
    expect(res.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
  });

  it.each([
    ['an unknown route (404)', '/api/no-such-route', 404],
    ['a refused request (401)', '/api/instances', 401],
    ['a body that is not JSON (400)', '/api/auth/login', 400],
  ])('sends the same security headers on %s', async (_what, path, status) => {
    const expected = (await request(t.http).get('/api/health').expect(200)).headers;
    const res = await (
      status === 400
        ? request(t.http).post(path).set('content-type', 'application/json').send('{not json')
        : request(t.http).get(path)
    ).expect(status);
    for (const name of ['content-security-policy', 'x-frame-options', 'strict-transport-security', 'referrer-policy'])
      expect([name, res.headers[name]]).toEqual([name, expected[name]]);
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('logs a demo user in with demo1234 and returns roles and a Chinese display name', async () => {
    const res = await request(t.http)
      .post('/api/auth/login')
      .send({ username: 'staff', password: 'demo1234' })
      .expect(200);
    expect(res.body.user).toEqual({ username: 'staff', displayName: '张三 (staff)', roles: ['staff'] });
    expect(res.body.accessToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
  });

  it.each([
    ['a wrong password', { username: 'staff', password: 'wrong' }],
    ['an unknown user', { username: 'nobody', password: 'demo1234' }],
  ])('answers 401 for %s', async (_name, body) => {
    const res = await request(t.http).post('/api/auth/login').send(body).expect(401);
    expect(res.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: 'Invalid username or password' });
  });

  it('answers 400 naming the field when the login body lacks the password', async () => {
    const res = await request(t.http).post('/api/auth/login').send({ username: 'staff' }).expect(400);
    expect(res.body.details.errors.map((e: { path: string }) => e.path)).toContain('/password');
  });

  it.each([
    ['no token', undefined],
    ['a malformed token', 'Bearer not-a-token'],
    ['another scheme', 'Basic c3RhZmY6ZGVtbzEyMzQ='],
  ])('answers 401 with %s', async (_name, header) => {
    const req = request(t.http).get('/api/definitions');
    if (header) req.set('Authorization', header);
    const res = await req.expect(401);
    expect(res.body.statusCode).toBe(401);
    expect(res.body.error).toBe('Unauthorized');
  });

  it('serves the OpenAPI document without a token', async () => {
    const res = await request(t.http).get('/api/docs-json').expect(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/api/auth/login', '/api/instances/{id}/events', '/api/tasks']),
    );
  });

  it('lists the registry: standard guards, actions and delays with bilingual titles', async () => {
    const res = await request(t.http)
      .get('/api/registry')
      .set(await t.auth('staff'))
      .expect(200);
    const guardNames = res.body.guards.map((g: { name: string }) => g.name);
    expect(guardNames).toEqual(
      expect.arrayContaining(['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'in', 'exists', 'and', 'or', 'not']),
    );
    expect(res.body.actions.map((a: { name: string }) => a.name)).toEqual(
      expect.arrayContaining(['set', 'assign', 'append', 'increment']),
    );
    for (const entry of [...res.body.guards, ...res.body.actions]) {
      expect(entry.title).toEqual({ zh: expect.any(String), en: expect.any(String) });
    }
  });

  it('answers 404 with the error body for an unknown api route', async () => {
    const res = await request(t.http)
      .get('/api/nothing-here')
      .set(await t.auth('staff'))
      .expect(404);
    expect(res.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });
});
