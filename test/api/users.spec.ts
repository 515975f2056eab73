import { JwtService } from '@nestjs/jwt';
import request from 'supertest';
import { publishSpec, uniqueKey } from './support/publish';
import { matrixSpec } from './support/matrix-definitions';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';

/** A username unique to this run (files share one database). */
const RUN = `${process.pid}-${Date.now().toString(36)}`;
const name = (prefix: string) => `${prefix}-${RUN}`;

describe('users and roles', () => {
  let t: TestApp;
  let admin: { Authorization: string };
  const key = uniqueKey('users-flow');

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.auth('admin');
    await publishSpec(t, key, matrixSpec(key));
  }, SETUP_TIMEOUT);
  afterAll(() => t?.close());

  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

  function createUser(username: string, roles: string[] = ['staff'], extra: Record<string, unknown> = {}) {
    return request(t.http)
      .post('/api/users')
      .set(admin)
      .send({ username, displayName: '测试用户', password: 'first-password', roles, ...extra });
  }

  it('creates a user with roles, department and manager; never shows a password or hash', async () => {
    const username = name('wang');
    const res = await createUser(username, ['staff', 'sales'], {
      displayNameEn: 'Test user',
      department: '市场拓展部 (Market expansion)',
      manager: 'leader',
    });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      username,
      displayName: '测试用户',
      displayNameEn: 'Test user',
      roles: ['sales', 'staff'],
      scopedRoles: [],
      department: '市场拓展部 (Market expansion)',
      departmentId: null,
      manager: 'leader',
      active: true,
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      email: null,
      locale: null,
    });
    const list = await request(t.http).get('/api/users').set(admin).expect(200);
    expect(JSON.stringify(list.body)).not.toMatch(/password|argon2/i);
    expect(list.body.items.find((u: { username: string }) => u.username === username)).toEqual(res.body);
    const token = await t.login(username, 'first-password');
    const me = await request(t.http).get('/api/users/me').set(bearer(token)).expect(200);
    expect(me.body).toEqual(res.body);
  });

  it.each([
    ['a password of 7 characters', { password: 'short12' }, '/password'],
    ['a username with capitals', { username: 'Wang' }, '/username'],
    ['a reserved username', { username: 'system' }, '/username'],
    ['an unknown role', { roles: ['wizard'] }, '/roles/0'],
    ['a second unknown role', { roles: ['staff', 'wizard'] }, '/roles/1'],
    ['an unknown manager', { manager: 'nobody-at-all' }, '/manager'],
  ])('answers 422 naming the field for %s', async (_name, override, path) => {
    const res = await request(t.http)
      .post('/api/users')
      .set(admin)
      .send({ username: name('bad'), displayName: '坏', password: 'long-enough', roles: ['staff'], ...override });
    expect(res.status).toBe(422);
    expect(res.body.details.errors.map((e: { path: string }) => e.path)).toEqual([path]);
  });

  it.each([
    ['a missing password', { username: 'x1', displayName: 'x', roles: [] }, '/password'],
    [
      'roles that are not a list',
      { username: 'x1', displayName: 'x', password: 'long-enough', roles: 'staff' },
      '/roles',
    ],
    [
      'an unknown field',
      { username: 'x1', displayName: 'x', password: 'long-enough', roles: [], isAdmin: true },
      '/isAdmin',
    ],
  ])('answers 400 for %s', async (_name, body, path) => {
    const res = await request(t.http).post('/api/users').set(admin).send(body).expect(400);
    expect(res.body.details.errors.map((e: { path: string }) => e.path)).toContain(path);
  });

  it('answers 409 for a taken username and 404 for an unknown one', async () => {
    await createUser('staff').expect(409);
    await request(t.http).patch('/api/users/nobody-at-all').set(admin).send({ displayName: 'x' }).expect(404);
    await request(t.http).get('/api/users/nobody-at-all').set(admin).expect(404);
  });

  it('lists the roles with titles in both languages', async () => {
    const res = await request(t.http)
      .get('/api/roles')
      .set(await t.auth('staff'))
      .expect(200);
    expect(res.body.map((r: { name: string }) => r.name)).toEqual(
      expect.arrayContaining(['staff', 'leader', 'finance', 'legal', 'owner', 'auditor', 'admin', 'hq', 'bizdev']),
    );
    expect(res.body.find((r: { name: string }) => r.name === 'leader')).toEqual({
      name: 'leader',
      title: { zh: '部门负责人', en: 'Department leader' },
    });
  });

  it('seeds demo users with names in both languages, departments and managers', async () => {
    const res = await request(t.http).get('/api/users/staff').set(admin).expect(200);
    expect(res.body).toMatchObject({
      username: 'staff',
      displayName: '张三 (staff)',
      displayNameEn: 'Zhang San (staff)',
      roles: ['staff'],
      department: '市场拓展部 (Market expansion)',
      manager: 'leader',
      active: true,
    });
    const leader = await request(t.http).get('/api/users/leader').set(admin).expect(200);
    expect(leader.body).toMatchObject({ department: '市场拓展部 (Market expansion)', manager: 'hq' });
  });

  it('deactivation: no login, existing tokens refused on every route including the event route; history stays', async () => {
    const username = name('leaving');
    await createUser(username).expect(201);
    const token = await t.login(username, 'first-password');
    const started = await request(t.http)
      .post('/api/instances')
      .set(bearer(token))
      .send({ definitionKey: key })
      .expect(201);
    await request(t.http).patch(`/api/users/${username}`).set(admin).send({ active: false }).expect(200);

    await request(t.http).post('/api/auth/login').send({ username, password: 'first-password' }).expect(401);
    await request(t.http).get('/api/users/me').set(bearer(token)).expect(401);
    const event = await request(t.http)
      .post(`/api/instances/${started.body.id}/events`)
      .set(bearer(token))
      .send({ type: 'WITHDRAW' })
      .expect(401);
    expect(event.body.message).toContain('revoked');
    await request(t.http)
      .post('/api/instances/00000000-0000-4000-8000-000000000000/events')
      .set(bearer(token))
      .send({ type: 'WITHDRAW' })
      .expect(401);

    const history = await request(t.http)
      .get(`/api/instances/${started.body.id}/history`)
      .set(await t.auth('auditor'))
      .expect(200);
    expect(history.body.items.map((e: { actor: string }) => e.actor)).toEqual([username]);
    const listed = await request(t.http).get(`/api/users/${username}`).set(admin).expect(200);
    expect(listed.body.active).toBe(false);

    // Reactivated, the user signs in again; the old token stays revoked.
    await request(t.http).patch(`/api/users/${username}`).set(admin).send({ active: true }).expect(200);
    const fresh = await t.login(username, 'first-password');
    await request(t.http).get('/api/users/me').set(bearer(token)).expect(401);
    await request(t.http)
      .post(`/api/instances/${started.body.id}/events`)
      .set(bearer(fresh))
      .send({ type: 'WITHDRAW' })
      .expect(200);
  });

  it('a role change revokes the tokens; the next login carries the new roles', async () => {
    const username = name('promoted');
    await createUser(username).expect(201);
    const token = await t.login(username, 'first-password');
    await request(t.http).get('/api/users').set(bearer(token)).expect(403);
    const changed = await request(t.http)
      .patch(`/api/users/${username}`)
      .set(admin)
      .send({ roles: ['leader'], department: '销售部 (Sales)', manager: 'hq' })
      .expect(200);
    expect(changed.body).toMatchObject({ roles: ['leader'], department: '销售部 (Sales)', manager: 'hq' });
    await request(t.http).get('/api/users/me').set(bearer(token)).expect(401);
    const login = await request(t.http)
      .post('/api/auth/login')
      .send({ username, password: 'first-password' })
      .expect(200);
    expect(login.body.user.roles).toEqual(['leader']);
    await request(t.http).get('/api/users').set(bearer(login.body.accessToken)).expect(200);
  });

  it('passwords: own change needs the current one; admins set others; old tokens stop working', async () => {
    const username = name('pw');
    await createUser(username).expect(201);
    const token = await t.login(username, 'first-password');
    const wrong = await request(t.http)
      .post(`/api/users/${username}/password`)
      .set(bearer(token))
      .send({ password: 'second-password', currentPassword: 'not-it' })
      .expect(422);
    expect(wrong.body.details.errors).toEqual([{ path: '/currentPassword', message: 'is not your current password' }]);
    const short = await request(t.http)
      .post(`/api/users/${username}/password`)
      .set(bearer(token))
      .send({ password: 'short', currentPassword: 'first-password' })
      .expect(422);
    expect(short.body.details.errors[0].path).toBe('/password');
    await request(t.http)
      .post('/api/users/staff/password')
      .set(bearer(token))
      .send({ password: 'hijacked-password' })
      .expect(403);
    await request(t.http)
      .post(`/api/users/${username}/password`)
      .set(bearer(token))
      .send({ password: 'second-password', currentPassword: 'first-password' })
      .expect(204);
    await request(t.http).get('/api/users/me').set(bearer(token)).expect(401);
    await request(t.http).post('/api/auth/login').send({ username, password: 'first-password' }).expect(401);
    await t.login(username, 'second-password');
    await request(t.http)
      .post(`/api/users/${username}/password`)
      .set(admin)
      .send({ password: 'third-password' })
      .expect(204);
    await t.login(username, 'third-password');
  });

  it('keeps admins from locking themselves out', async () => {
    const self = await request(t.http).patch('/api/users/admin').set(admin).send({ active: false }).expect(422);
    expect(self.body.details.errors[0].path).toBe('/active');
    const demote = await request(t.http)
      .patch('/api/users/admin')
      .set(admin)
      .send({ roles: ['staff'] })
      .expect(422);
    expect(demote.body.details.errors[0].path).toBe('/roles');
  });

  it('answers 401 for an expired token signed with the real secret', async () => {
    const expired = await t.expiredToken('admin', ['admin']);
    const res = await request(t.http).get('/api/users').set(bearer(expired)).expect(401);
    expect(res.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: 'The token is invalid or expired' });
  });

  // The guard keeps verified tokens (verified-token.cache.ts): a kept token must still expire,
  // and a token differing from a kept one only in its signature must still be refused.
  it('refuses a kept token once it expires, and a copy of a kept token with another signature', async () => {
    const jwt = t.app.get(JwtService);
    const short = await jwt.signAsync({ sub: 'admin', name: 'admin', roles: ['admin'], tv: 0 }, { expiresIn: 2 });
    await request(t.http).get('/api/users').set(bearer(short)).expect(200);
    const [head, body, signature] = short.split('.');
    const flipped = `${head}.${body}.${signature[0] === 'A' ? 'B' : 'A'}${signature.slice(1)}`;
    await request(t.http).get('/api/users').set(bearer(flipped)).expect(401);
    const { exp } = jwt.decode<{ exp: number }>(short);
    await new Promise((resolve) => setTimeout(resolve, exp * 1000 - Date.now() + 50));
    const res = await request(t.http).get('/api/users').set(bearer(short)).expect(401);
    expect(res.body.message).toBe('The token is invalid or expired');
  });
});
