// The in-app inbox: a notify effect becomes one row per active recipient user in the event's own
// statement, and each user reads, counts and marks only their own.
import request from 'supertest';
import { DataSource } from 'typeorm';
import { notifySpec } from './support/notify-definitions';
import { publishSpec, uniqueKey } from './support/publish';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';

describe('notifications inbox', () => {
  let t: TestApp;
  let db: DataSource;
  const key = uniqueKey('notify-inbox');
  const suffix = `${process.pid}-${Date.now().toString(36)}`;
  const starter = `nstarter-${suffix}`;
  const manager = `nmanager-${suffix}`;
  const named = `nnamed-${suffix}`;
  const legalActive = `nlegal-${suffix}`;
  const legalGone = `nlegalgone-${suffix}`;
  const outsider = `noutsider-${suffix}`;
  const PASSWORD = 'inbox-password';
  const bearer: Record<string, { Authorization: string }> = {};
  let instanceId: string;

  async function createUser(username: string, roles: string[], extra: Record<string, unknown> = {}): Promise<void> {
    await request(t.http)
      .post('/api/users')
      .set(await t.auth('admin'))
      .send({ username, displayName: username, password: PASSWORD, roles, ...extra })
      .expect(201);
  }

  const ping = () =>
    request(t.http).post(`/api/instances/${instanceId}/events`).set(bearer[starter]).send({ type: 'PING' }).expect(200);
  const inbox = (who: string, query = '') =>
    request(t.http).get(`/api/notifications${query}`).set(bearer[who]).expect(200);
  const unread = async (who: string) =>
    (await request(t.http).get('/api/notifications/unread-count').set(bearer[who]).expect(200)).body.unread;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    await createUser(manager, ['leader']);
    await createUser(starter, ['staff'], { manager });
    await createUser(named, ['sales']);
    await createUser(legalActive, ['legal']);
    await createUser(legalGone, ['legal']);
    await createUser(outsider, ['legal']);
    await request(t.http)
      .patch(`/api/users/${legalGone}`)
      .set(await t.auth('admin'))
      .send({ active: false })
      .expect(200);
    for (const user of [starter, manager, named, legalActive, outsider]) {
      bearer[user] = { Authorization: `Bearer ${await t.login(user, PASSWORD)}` };
    }
    await publishSpec(t, key, notifySpec(key, ['starter', 'starter.manager', 'role:legal', `user:${named}`]));
    const started = await request(t.http)
      .post('/api/instances')
      .set(bearer[starter])
      .send({ definitionKey: key })
      .expect(201);
    instanceId = started.body.id;
    await ping();
  }, SETUP_TIMEOUT);
  // The legal users leave no active legal role holders behind: workflows resolve approvers from
  // the organisation, and the API tests share one database (workflow-scenarios walks 会签 by legal).
  afterAll(async () => {
    if (db) await db.query(`UPDATE users SET active = false WHERE username = ANY($1)`, [[legalActive, outsider]]);
    await t?.close();
  });

  it('resolves every target to concrete active users, one unread row each, keeping the target', async () => {
    const found = (await db.query(
      `SELECT recipient, target, read_at, seq FROM notifications WHERE instance_id = $1 ORDER BY target, recipient`,
      [instanceId],
    )) as { recipient: string; target: string; read_at: Date | null; seq: number }[];
    const legal = (
      (await db.query(
        `SELECT u.username FROM users u JOIN user_roles r ON r.user_id = u.id WHERE r.role = 'legal' AND u.active ORDER BY u.username`,
      )) as { username: string }[]
    ).map((u) => u.username);
    expect(legal).toContain(legalActive);
    expect(legal).not.toContain(legalGone);
    expect(found.filter((n) => n.target === 'role:legal').map((n) => n.recipient)).toEqual(legal);
    expect(found.filter((n) => n.target !== 'role:legal')).toEqual([
      { recipient: starter, target: 'starter', read_at: null, seq: 2 },
      { recipient: manager, target: 'starter.manager', read_at: null, seq: 2 },
      { recipient: named, target: `user:${named}`, read_at: null, seq: 2 },
    ]);
    expect(found.every((n) => n.read_at === null && n.seq === 2)).toBe(true);
  });

  it('sends a starter.manager notice of someone without an explicit manager to their department head', async () => {
    const managerKey = `${key}-manager`;
    await publishSpec(t, managerKey, notifySpec(managerKey, ['starter.manager']));
    const started = await request(t.http)
      .post('/api/instances')
      .set(await t.auth('staff2'))
      .send({ definitionKey: managerKey })
      .expect(201);
    await request(t.http)
      .post(`/api/instances/${started.body.id}/events`)
      .set(await t.auth('staff2'))
      .send({ type: 'PING' })
      .expect(200);
    const found = (await db.query(
      `SELECT recipient FROM notifications WHERE instance_id = $1 AND target = 'starter.manager'`,
      [started.body.id],
    )) as { recipient: string }[];
    // staff2 belongs to 业务拓展部, whose head is leader.
    expect(found.map((n) => n.recipient)).toEqual(['leader']);
  });

  it('shows each recipient their notification with instance, definition title and both languages', async () => {
    for (const [who, target] of [
      [starter, 'starter'],
      [manager, 'starter.manager'],
      [named, `user:${named}`],
      [legalActive, 'role:legal'],
    ]) {
      const res = await inbox(who);
      expect(res.body).toEqual({
        items: [
          {
            id: expect.stringMatching(/^[0-9a-f-]{36}$/),
            instanceId,
            definitionKey: key,
            definitionTitle: { zh: '通知测试', en: 'Notification test' },
            seq: 2,
            message: { zh: '请查看申请', en: 'Please look at the request' },
            data: { to: target },
            target,
            createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
            readAt: null,
          },
        ],
        nextCursor: null,
      });
    }
  });

  it('never shows or marks another user’s notification (404, as if it did not exist)', async () => {
    const mine = (await inbox(starter)).body.items[0];
    const res = await request(t.http).post(`/api/notifications/${mine.id}/read`).set(bearer[outsider]).expect(404);
    expect(res.body.details).toEqual({ reason: 'notification-not-found' });
    expect((await inbox(outsider)).body.items.map((n: { instanceId: string }) => n.instanceId)).toEqual([instanceId]);
    expect(await unread(starter)).toBe(1);
  });

  it('marks one read, keeping its first read time, and counts unread', async () => {
    expect(await unread(manager)).toBe(1);
    const [item] = (await inbox(manager)).body.items;
    const first = await request(t.http).post(`/api/notifications/${item.id}/read`).set(bearer[manager]).expect(200);
    expect(first.body).toEqual({ ...item, readAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    const again = await request(t.http).post(`/api/notifications/${item.id}/read`).set(bearer[manager]).expect(200);
    expect(again.body.readAt).toBe(first.body.readAt);
    expect(await unread(manager)).toBe(0);
    expect((await inbox(manager, '?unread=true')).body.items).toEqual([]);
    expect((await inbox(manager, '?unread=false')).body.items).toHaveLength(1);
  });

  it('pages newest first with a keyset cursor, and reads all at once', async () => {
    await ping();
    await ping();
    const all = (await inbox(starter)).body.items as { id: string; seq: number }[];
    expect(all.map((n) => n.seq)).toEqual([4, 3, 2]);
    const first = await inbox(starter, '?limit=2');
    expect(first.body.items.map((n: { id: string }) => n.id)).toEqual(all.slice(0, 2).map((n) => n.id));
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await inbox(starter, `?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body).toEqual({ items: [expect.objectContaining({ id: all[2].id })], nextCursor: null });

    expect(await unread(starter)).toBe(3);
    const marked = await request(t.http).post('/api/notifications/read-all').set(bearer[starter]).expect(200);
    expect(marked.body).toEqual({ marked: 3 });
    expect(await unread(starter)).toBe(0);
    // Nobody else's changed.
    expect(await unread(named)).toBe(3);
    const again = await request(t.http).post('/api/notifications/read-all').set(bearer[starter]).expect(200);
    expect(again.body).toEqual({ marked: 0 });
  });

  it('writes no delivery rows when no channel is configured', async () => {
    const [row] = await db.query(
      `SELECT count(*)::int AS n FROM notification_deliveries d JOIN notifications n ON n.id = d.notification_id
       WHERE n.instance_id = $1`,
      [instanceId],
    );
    expect(row.n).toBe(0);
  });

  it.each([
    ['a malformed cursor', '/api/notifications?cursor=bm9wZQ', '/cursor'],
    ['unread that is no boolean', '/api/notifications?unread=yes', '/unread'],
    ['a limit over 200', '/api/notifications?limit=500', '/limit'],
    ['an unknown parameter', '/api/notifications?recipient=admin', '/recipient'],
  ])('answers 400 naming the field for %s', async (_name, path, field) => {
    const res = await request(t.http).get(path).set(bearer[starter]).expect(400);
    expect(res.body.details.errors.map((e: { path: string }) => e.path)).toContain(field);
  });

  it('answers 400 naming the id for a malformed notification id', async () => {
    const res = await request(t.http).post('/api/notifications/nope/read').set(bearer[starter]).expect(400);
    expect(res.body.details.errors).toEqual([{ path: '/id', message: 'must be a UUID' }]);
  });
});
