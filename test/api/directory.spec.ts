import request from 'supertest';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';

/** Usernames unique to this run (files share one database). */
const RUN = `${process.pid}-${Date.now().toString(36)}`;

interface Entry {
  username: string;
  displayName: string;
  displayNameEn: string | null;
  department: { zh: string; en: string } | null;
}

describe('GET /api/directory', () => {
  let t: TestApp;
  const gone = `dir-gone-${RUN}`;
  const odd = `dir-odd-${RUN}`;

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await t.auth('admin');
    for (const [username, displayName] of [
      [gone, '离职员工'],
      [odd, '百分之百_张'],
    ])
      await request(t.http)
        .post('/api/users')
        .set(admin)
        .send({ username, displayName, password: 'first-password', roles: ['staff'] })
        .expect(201);
    await request(t.http).patch(`/api/users/${gone}`).set(admin).send({ active: false }).expect(200);
  }, SETUP_TIMEOUT);
  afterAll(() => t?.close());

  const list = async (user: string, q?: string) =>
    (
      await request(t.http)
        .get('/api/directory')
        .query(q === undefined ? {} : { q })
        .set(await t.auth(user))
        .expect(200)
    ).body.items as Entry[];

  it('lets any signed-in user, auditors included, read names and departments, never roles or emails', async () => {
    const items = await list('staff');
    const leader = items.find((e) => e.username === 'leader');
    expect(leader).toBeDefined();
    expect(Object.keys(leader ?? {}).sort()).toEqual(['department', 'displayName', 'displayNameEn', 'username']);
    expect(items.find((e) => e.username === 'staff2')?.department).toEqual({
      zh: '业务拓展部',
      en: 'Business development',
    });
    expect(JSON.stringify(items)).not.toMatch(/"roles"|"email"|password/);
    expect((await list('auditor')).map((e) => e.username)).toContain('leader');
  });

  it('lists active users only', async () => {
    const names = (await list('leader')).map((e) => e.username);
    expect(names).toContain(odd);
    expect(names).not.toContain(gone);
  });

  it('narrows by q over username, display names and department, case-insensitively', async () => {
    expect((await list('staff', 'LEADER')).map((e) => e.username)).toContain('leader');
    const byDepartment = (await list('staff', '业务拓展')).map((e) => e.username);
    expect(byDepartment).toEqual(expect.arrayContaining(['staff2']));
    expect(byDepartment).not.toContain('finance');
    expect(await list('staff', 'no-such-person-at-all')).toEqual([]);
  });

  it('takes % and _ in q literally', async () => {
    expect((await list('staff', '%')).map((e) => e.username)).toEqual([]);
    expect((await list('staff', '百分之百_')).map((e) => e.username)).toEqual([odd]);
  });

  it('refuses a missing token (401) and an overlong q (400 naming it)', async () => {
    await request(t.http).get('/api/directory').expect(401);
    const long = await request(t.http)
      .get('/api/directory')
      .query({ q: 'x'.repeat(101) })
      .set(await t.auth('staff'))
      .expect(400);
    expect(JSON.stringify(long.body.details)).toContain('q');
  });
});
