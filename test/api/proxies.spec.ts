import request from 'supertest';
import { activeProxy } from '@liucheng/engine';
import { OrgService } from '../../apps/api/src/org/org.service';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';

/** Usernames unique to this run (files share one database). */
const RUN = `${process.pid}-${Date.now().toString(36)}`;
const PASSWORD = 'proxy-password';

/** 2031-03-<day> <hour>:00 in Asia/Shanghai. */
const sh = (day: number, hour = 0) =>
  `2031-03-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+08:00`;
const utc = (iso: string) => new Date(iso).toISOString();

describe('out-of-office proxies (代理)', () => {
  let t: TestApp;
  let admin: { Authorization: string };
  /** The app's clock: 2031-03-01 00:00 Shanghai until a test moves it. */
  let now = new Date(sh(1));
  let counter = 0;

  beforeAll(async () => {
    t = await startTestApp({ clock: () => now });
    admin = await t.auth('admin');
  }, SETUP_TIMEOUT);
  afterAll(() => t?.close());

  /** A fresh user of this run, signed in. */
  async function person(prefix: string, roles = ['staff']) {
    const username = `px-${prefix}-${++counter}-${RUN}`;
    await request(t.http)
      .post('/api/users')
      .set(admin)
      .send({ username, displayName: `代理测试 ${prefix}`, password: PASSWORD, roles })
      .expect(201);
    const token = await t.login(username, PASSWORD);
    return { username, auth: { Authorization: `Bearer ${token}` } };
  }

  const post = (auth: { Authorization: string }, principal: string, body: object) =>
    request(t.http).post(`/api/users/${principal}/proxies`).set(auth).send(body);
  const range = (proxy: string, from = 2, to = 9, extra: object = {}) => ({
    proxy,
    startsAt: sh(from),
    endsAt: sh(to),
    ...extra,
  });

  it('refuses every route without a token (401)', async () => {
    await request(t.http).get('/api/users/staff/proxies').expect(401);
    await request(t.http).post('/api/users/staff/proxies').send(range('leader')).expect(401);
    await request(t.http).delete('/api/users/staff/proxies/00000000-0000-4000-8000-000000000000').expect(401);
    await request(t.http).get('/api/proxies').expect(401);
  });

  it('lets a user name their own proxy and see it; stores the instants in UTC', async () => {
    const a = await person('own');
    const b = await person('own-b');
    const res = await post(a.auth, a.username, range(b.username, 2, 9, { reason: '出差 business trip' })).expect(201);
    expect(res.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      principal: a.username,
      proxy: b.username,
      startsAt: '2031-03-01T16:00:00.000Z',
      endsAt: '2031-03-08T16:00:00.000Z',
      reason: '出差 business trip',
      createdBy: a.username,
      createdAt: now.toISOString(),
      cancelledAt: null,
    });
    const list = await request(t.http).get(`/api/users/${a.username}/proxies`).set(a.auth).expect(200);
    expect(list.body.items).toEqual([res.body]);
  });

  it('shows a user’s proxies to themself, admins and auditors only (403), 404 for an unknown user', async () => {
    const a = await person('read');
    const b = await person('read-b');
    await post(a.auth, a.username, range(b.username)).expect(201);
    for (const who of ['admin', 'auditor']) {
      const res = await request(t.http)
        .get(`/api/users/${a.username}/proxies`)
        .set(await t.auth(who))
        .expect(200);
      expect(res.body.items.map((p: { proxy: string }) => p.proxy)).toEqual([b.username]);
    }
    for (const who of ['leader', 'staff']) {
      const res = await request(t.http)
        .get(`/api/users/${a.username}/proxies`)
        .set(await t.auth(who))
        .expect(403);
      expect(res.body.statusCode).toBe(403);
    }
    await request(t.http).get(`/api/users/${a.username}/proxies`).set(b.auth).expect(403);
    await request(t.http).get(`/api/users/nobody-${RUN}/proxies`).set(admin).expect(404);
  });

  it('lets an admin name another user’s proxy; nobody else (403), not even a leader or an auditor', async () => {
    const a = await person('adm');
    const b = await person('adm-b');
    const res = await post(admin, a.username, range(b.username)).expect(201);
    expect(res.body).toMatchObject({ principal: a.username, proxy: b.username, createdBy: 'admin' });
    for (const who of ['leader', 'auditor', 'staff']) {
      const refused = await post(await t.auth(who), a.username, range(b.username, 20, 21)).expect(403);
      expect(refused.body.statusCode).toBe(403);
    }
    await post(b.auth, a.username, range(b.username, 20, 21)).expect(403);
    await post(admin, `nobody-${RUN}`, range(b.username)).expect(404);
    // Nothing of the refused requests was stored.
    const list = await request(t.http).get(`/api/users/${a.username}/proxies`).set(admin).expect(200);
    expect(list.body.items).toHaveLength(1);
  });

  describe('422 naming the field', () => {
    let a: Awaited<ReturnType<typeof person>>;
    beforeAll(async () => {
      a = await person('bad');
    });
    const refused = async (body: object, path: string, code: string) => {
      const res = await post(a.auth, a.username, body).expect(422);
      expect(res.body.details).toEqual({
        reason: code,
        errors: [expect.objectContaining({ path, code, message: expect.any(String) })],
      });
    };

    it('an unknown proxy', () => refused(range(`nobody-${RUN}`), '/proxy', 'unknown-user'));
    it('the principal as their own proxy', () => refused(range(a.username), '/proxy', 'proxy-is-principal'));
    it('an inactive proxy', async () => {
      const gone = await person('gone');
      await request(t.http).patch(`/api/users/${gone.username}`).set(admin).send({ active: false }).expect(200);
      await refused(range(gone.username), '/proxy', 'proxy-inactive');
    });
    it('an auditor as proxy (they could not complete the tasks)', () =>
      refused(range('auditor'), '/proxy', 'proxy-read-only'));
    it('endsAt equal to startsAt, and before it', async () => {
      await refused(range('leader', 5, 5), '/endsAt', 'ends-before-start');
      await refused(range('leader', 5, 4), '/endsAt', 'ends-before-start');
    });
    it('a range already over', async () => {
      await refused(
        { proxy: 'leader', startsAt: '2031-02-01T00:00:00+08:00', endsAt: sh(1) },
        '/endsAt',
        'ends-in-past',
      );
    });
    it('and nothing was stored', async () => {
      const list = await request(t.http).get(`/api/users/${a.username}/proxies`).set(a.auth).expect(200);
      expect(list.body.items).toEqual([]);
    });
  });

  it('answers 400 for a malformed body: a bare date, no offset, an impossible date, a long reason, unknown fields', async () => {
    const a = await person('shape');
    const cases: [object, string][] = [
      [{ ...range('leader'), startsAt: '2031-03-02' }, '/startsAt'],
      [{ ...range('leader'), endsAt: '2031-03-09T00:00:00' }, '/endsAt'],
      [{ ...range('leader'), endsAt: '2031-02-30T00:00:00+08:00' }, '/endsAt'],
      [{ ...range('leader'), reason: 'x'.repeat(501) }, '/reason'],
      [{ ...range('leader'), extra: 1 }, '/extra'],
      [{ startsAt: sh(2), endsAt: sh(3) }, '/proxy'],
    ];
    for (const [body, path] of cases) {
      const res = await post(a.auth, a.username, body).expect(400);
      expect(res.body.details.errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    await post(a.auth, a.username, range('leader', 2, 3, { reason: 'x'.repeat(500) })).expect(201);
  });

  it('refuses a range overlapping another of the principal (409 proxy-overlap); back to back is fine', async () => {
    const a = await person('lap');
    const b = await person('lap-b');
    const c = await person('lap-c');
    const first = await post(a.auth, a.username, range(b.username, 2, 9)).expect(201);
    const res = await post(a.auth, a.username, range(c.username, 8, 12)).expect(409);
    expect(res.body.details).toMatchObject({
      reason: 'proxy-overlap',
      conflicting: { id: first.body.id },
      errors: [{ path: '/startsAt', code: 'proxy-overlap', params: { id: first.body.id, proxy: b.username } }],
    });
    await post(a.auth, a.username, { proxy: c.username, startsAt: sh(9), endsAt: sh(12) }).expect(201);
    // Another principal's range at the same time is no overlap.
    await post(c.auth, c.username, range(b.username, 2, 9)).expect(201);
  });

  it('refuses a loop (A→B while B→A, or longer) with 422 proxy-cycle; ranges apart are fine', async () => {
    const a = await person('loop-a');
    const b = await person('loop-b');
    const c = await person('loop-c');
    await post(a.auth, a.username, range(b.username, 2, 9)).expect(201);
    const pair = await post(b.auth, b.username, range(a.username, 8, 10)).expect(422);
    expect(pair.body.details.errors).toEqual([
      expect.objectContaining({
        path: '/proxy',
        code: 'proxy-cycle',
        params: { cycle: [b.username, a.username, b.username] },
      }),
    ]);
    await post(b.auth, b.username, range(a.username, 9, 10)).expect(201);
    await post(b.auth, b.username, range(c.username, 3, 5)).expect(201);
    const longer = await post(c.auth, c.username, range(a.username, 4, 6)).expect(422);
    expect(longer.body.details.errors[0].params.cycle).toEqual([c.username, a.username, b.username, c.username]);
  });

  it('cancels a range: 200 with cancelledAt, again unchanged; the range no longer blocks another', async () => {
    const a = await person('cancel');
    const b = await person('cancel-b');
    const created = await post(a.auth, a.username, range(b.username, 2, 9)).expect(201);
    const url = `/api/users/${a.username}/proxies/${created.body.id}`;
    await request(t.http).delete(url).set(b.auth).expect(403);
    await request(t.http)
      .delete(url)
      .set(await t.auth('auditor'))
      .expect(403);
    const cancelled = await request(t.http).delete(url).set(a.auth).expect(200);
    expect(cancelled.body).toEqual({ ...created.body, cancelledAt: now.toISOString() });
    const cancelledAt = now.toISOString();
    now = new Date(now.getTime() + 60_000);
    const again = await request(t.http).delete(url).set(admin).expect(200);
    expect(again.body.cancelledAt).toBe(cancelledAt);
    // Overlap and loop checks ignore the cancelled range.
    await post(a.auth, a.username, range(b.username, 3, 5)).expect(201);
    await post(b.auth, b.username, range(a.username, 6, 8)).expect(201);
  });

  it('lets an admin cancel; 404 for an unknown id or another principal’s, 400 for a malformed one', async () => {
    const a = await person('del');
    const b = await person('del-b');
    const created = await post(a.auth, a.username, range(b.username)).expect(201);
    await request(t.http).delete(`/api/users/${b.username}/proxies/${created.body.id}`).set(b.auth).expect(404);
    await request(t.http)
      .delete(`/api/users/${a.username}/proxies/00000000-0000-4000-8000-000000000000`)
      .set(a.auth)
      .expect(404);
    const bad = await request(t.http).delete(`/api/users/${a.username}/proxies/not-a-uuid`).set(a.auth).expect(400);
    expect(bad.body.details.errors[0].path).toBe('/id');
    const res = await request(t.http)
      .delete(`/api/users/${a.username}/proxies/${created.body.id}`)
      .set(admin)
      .expect(200);
    expect(res.body.cancelledAt).toBe(now.toISOString());
  });

  it('lists the ranges holding at an instant for admins and auditors (403 for others), and the org snapshot routes by them', async () => {
    const a = await person('list');
    const b = await person('list-b');
    const c = await person('list-c');
    const held = await post(a.auth, a.username, range(b.username, 2, 9)).expect(201);
    const gone = await post(c.auth, c.username, range(b.username, 2, 9)).expect(201);
    await request(t.http).delete(`/api/users/${c.username}/proxies/${gone.body.id}`).set(c.auth).expect(200);

    const ids = async (activeAt: string, who = 'admin') => {
      const res = await request(t.http)
        .get('/api/proxies')
        .query({ activeAt })
        .set(await t.auth(who))
        .expect(200);
      return (res.body.items as { id: string }[]).map((p) => p.id);
    };
    expect(await ids(sh(2))).toContain(held.body.id);
    expect(await ids(sh(5), 'auditor')).toContain(held.body.id);
    expect(await ids(sh(5))).not.toContain(gone.body.id);
    expect(await ids(sh(9))).not.toContain(held.body.id);
    expect(await ids('2031-03-01T23:59:59.999+08:00')).not.toContain(held.body.id);
    for (const who of ['staff', 'leader', 'owner']) {
      await request(t.http)
        .get('/api/proxies')
        .set(await t.auth(who))
        .expect(403);
    }
    const bad = await request(t.http).get('/api/proxies').query({ activeAt: 'tomorrow' }).set(admin).expect(400);
    expect(bad.body.details.errors[0].path).toBe('/activeAt');
    // Default: now (the app's clock, before the range starts).
    const current = await request(t.http).get('/api/proxies').set(admin).expect(200);
    expect(current.body.items.map((p: { id: string }) => p.id)).not.toContain(held.body.id);

    const org = await t.app.get(OrgService).snapshot();
    const mine = (org.proxies ?? []).filter((p) => [a.username, c.username].includes(p.principal));
    expect(mine).toEqual([{ principal: a.username, proxy: b.username, startsAt: utc(sh(2)), endsAt: utc(sh(9)) }]);
    expect(activeProxy(org, a.username, new Date(sh(3)))).toMatchObject({ proxy: b.username, endsAt: utc(sh(9)) });
    expect(activeProxy(org, c.username, new Date(sh(3)))).toBeNull();
    // A range that has ended is neither in the snapshot nor cancellable.
    now = new Date(sh(10));
    try {
      const later = await t.app.get(OrgService).snapshot();
      expect((later.proxies ?? []).some((p) => p.principal === a.username)).toBe(false);
      const ended = await request(t.http)
        .delete(`/api/users/${a.username}/proxies/${held.body.id}`)
        .set(a.auth)
        .expect(409);
      expect(ended.body.details).toEqual({ reason: 'proxy-ended' });
    } finally {
      now = new Date(sh(1));
    }
  });
});
