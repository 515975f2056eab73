// 抄送我的: the copies a step makes (cc_items rows, one per active recipient, with an in-app
// notice each), the recipient's inbox and read marks, and the read access a copy gives.
// The engine does not emit `cc` effects yet, so a copy is made by the real plan and fragments:
// `planEffects` with a cc effect, its writes run as the step statement's CTEs (`effectCtes`)
// against the instance's latest history entry. The end-to-end test through a definition comes
// with the engine side.
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { CcEffect } from '@liucheng/engine';
import { castLiteral, effectCtes, type EffectWrite } from '@liucheng/persistence';
import { planEffects } from '../../apps/api/src/instances/effect-plan';
import { files } from './support/attachment-files';
import { matrixSpec } from './support/matrix-definitions';
import { publishSpec, uniqueKey } from './support/publish';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';

interface CcItemBody {
  id: string;
  instanceId: string;
  statePath: string;
  seq: number;
  sentBy: string;
  comment: string | null;
  readAt: string | null;
  createdAt: string;
}

describe('抄送 CC inbox', () => {
  let t: TestApp;
  let db: DataSource;
  const key = uniqueKey('cc-inbox');
  const suffix = `${process.pid}-${Date.now().toString(36)}`;
  const reader = `ccreader-${suffix}`;
  const other = `ccother-${suffix}`;
  const gone = `ccgone-${suffix}`;
  const stranger = `ccstranger-${suffix}`;
  const auditor = `ccauditor-${suffix}`;
  const PASSWORD = 'cc-inbox-password';
  const bearer: Record<string, { Authorization: string }> = {};
  /** Copied at seq 1 to reader, other, gone, auditor and an unknown name. */
  let first: string;
  /** Approved by leader with an attachment, then copied to reader by `system`. */
  let second: string;
  let attachmentId: string;

  async function createUser(username: string, roles: string[]): Promise<void> {
    await request(t.http)
      .post('/api/users')
      .set(await t.auth('admin'))
      .send({ username, displayName: username, password: PASSWORD, roles })
      .expect(201);
  }

  async function start(): Promise<{ id: string; taskId: string }> {
    const res = await request(t.http)
      .post('/api/instances')
      .set(await t.auth('staff'))
      .send({ definitionKey: key, businessKey: `CC-${suffix}` })
      .expect(201);
    return { id: res.body.id, taskId: res.body.tasks[0].id };
  }

  /** Runs writes as the CTEs of a step statement at the instance's latest entry. */
  async function runWrites(instanceId: string, at: string, writes: EffectWrite[]): Promise<void> {
    const [{ seq }] = await db.query(`SELECT seq FROM instances WHERE id = $1`, [instanceId]);
    const context = {
      instanceId: castLiteral(instanceId, 'uuid'),
      at: castLiteral(at, 'timestamptz'),
      seq: castLiteral(seq, 'int'),
    };
    await db.query(`WITH ${effectCtes(writes, context).join(',\n')}\nSELECT 1`);
  }

  /** A step's cc effects through the real plan, then its writes. */
  async function copy(instanceId: string, at: string, effects: CcEffect[]): Promise<EffectWrite[]> {
    const plan = planEffects({
      instanceId,
      definitionKey: key,
      openBefore: [],
      effects,
      eventType: 'APPROVE',
      actor: 'leader',
      at,
      startedBy: 'staff',
      context: {},
      starterManager: null,
      firedTimerId: null,
      channels: [],
      newId: () => {
        throw new Error('a copy opens no task');
      },
    });
    await runWrites(instanceId, at, plan.writes);
    return plan.writes;
  }

  const list = async (who: string, query = '') =>
    (await request(t.http).get(`/api/cc${query}`).set(bearer[who]).expect(200)).body as {
      items: CcItemBody[];
      nextCursor: string | null;
    };
  const unread = async (who: string) =>
    (await request(t.http).get('/api/cc/unread-count').set(bearer[who]).expect(200)).body.unread as number;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    for (const user of [reader, other, gone, stranger]) await createUser(user, ['sales']);
    await createUser(auditor, ['auditor']);
    await request(t.http)
      .patch(`/api/users/${gone}`)
      .set(await t.auth('admin'))
      .send({ active: false })
      .expect(200);
    for (const user of [reader, other, stranger, auditor]) {
      bearer[user] = { Authorization: `Bearer ${await t.login(user, PASSWORD)}` };
    }
    await publishSpec(t, key, matrixSpec(key));

    first = (await start()).id;
    await copy(first, '2026-03-01T09:00:00.000Z', [
      {
        kind: 'cc',
        statePath: 'review',
        users: [reader, other, gone, auditor, `nobody-${suffix}`],
        by: 'leader',
        comment: '请知悉',
      },
    ]);

    const started = await start();
    second = started.id;
    const upload = await request(t.http)
      .post('/api/attachments')
      .set(await t.auth('leader'))
      .set('Content-Type', 'application/pdf')
      .set('X-Filename', 'decision.pdf')
      .send(files.pdf())
      .expect(201);
    attachmentId = upload.body.id;
    const { id, sha256, filename, contentType, size } = upload.body;
    await request(t.http)
      .post(`/api/tasks/${started.taskId}/complete`)
      .set(await t.auth('leader'))
      .send({ outcome: 'APPROVE', data: { decision: { attachmentId: id, sha256, filename, contentType, size } } })
      .expect(200);
    await copy(second, '2026-03-02T09:00:00.000Z', [
      { kind: 'cc', statePath: 'approved', users: [reader], by: 'system' },
    ]);
  }, SETUP_TIMEOUT);
  afterAll(() => t?.close());

  it('writes one unread row per active recipient, skipping unknown and inactive users', async () => {
    expect(
      await db.query(
        `SELECT recipient, seq, definition_key, state_path, sent_by, comment, read_at FROM cc_items
         WHERE instance_id = $1 ORDER BY recipient`,
        [first],
      ),
    ).toEqual(
      [auditor, other, reader].sort().map((recipient) => ({
        recipient,
        seq: 1,
        definition_key: key,
        state_path: 'review',
        sent_by: 'leader',
        comment: '请知悉',
        read_at: null,
      })),
    );
  });

  it('gives each recipient an in-app notice with the definition title', async () => {
    const res = await request(t.http).get('/api/notifications').set(bearer[other]).expect(200);
    expect(res.body.items).toEqual([
      expect.objectContaining({
        instanceId: first,
        definitionTitle: { zh: '权限矩阵', en: 'Authorization matrix' },
        seq: 1,
        target: 'cc',
        message: { zh: '抄送给您', en: 'Copied to you' },
        data: { statePath: 'review', by: 'leader', comment: '请知悉' },
        readAt: null,
      }),
    ]);
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM notifications WHERE recipient = $1`, [gone]);
    expect(n).toBe(0);
  });

  it('lists mine newest first, each with its instance summary', async () => {
    const body = await list(reader);
    expect(body).toEqual({
      items: [
        {
          id: expect.stringMatching(/^[0-9a-f-]{36}$/),
          instanceId: second,
          definitionKey: key,
          statePath: 'approved',
          seq: 2,
          sentBy: 'system',
          comment: null,
          createdAt: '2026-03-02T09:00:00.000Z',
          readAt: null,
          instance: {
            id: second,
            definitionKey: key,
            version: 1,
            title: { zh: '权限矩阵', en: 'Authorization matrix' },
            businessKey: `CC-${suffix}`,
            startedBy: 'staff',
            state: 'approved',
            status: 'done',
            summary: [],
            createdAt: expect.any(String),
          },
        },
        expect.objectContaining({
          instanceId: first,
          statePath: 'review',
          seq: 1,
          sentBy: 'leader',
          comment: '请知悉',
          createdAt: '2026-03-01T09:00:00.000Z',
          instance: expect.objectContaining({ id: first, state: 'review', status: 'running' }),
        }),
      ],
      nextCursor: null,
    });
    expect((await list(other)).items.map((i) => i.instanceId)).toEqual([first]);
    expect(await list(stranger)).toEqual({ items: [], nextCursor: null });
  });

  it('pages with a keyset cursor', async () => {
    const all = (await list(reader)).items;
    const page1 = await list(reader, '?limit=1');
    expect(page1.items.map((i) => i.id)).toEqual([all[0].id]);
    expect(page1.nextCursor).toEqual(expect.any(String));
    const page2 = await list(reader, `?limit=1&cursor=${page1.nextCursor}`);
    expect(page2).toEqual({ items: [expect.objectContaining({ id: all[1].id })], nextCursor: null });
  });

  it('never marks another user’s copy (404, as if it did not exist)', async () => {
    const [mine] = (await list(reader)).items;
    const res = await request(t.http).post(`/api/cc/${mine.id}/read`).set(bearer[other]).expect(404);
    expect(res.body.details).toEqual({ reason: 'cc-not-found' });
    await request(t.http).post('/api/cc/00000000-0000-4000-8000-000000000000/read').set(bearer[reader]).expect(404);
    expect((await list(reader)).items.every((i) => i.readAt === null)).toBe(true);
  });

  it('marks one read (keeping the first read time), filters by status and counts unread', async () => {
    expect(await unread(reader)).toBe(2);
    const [newest, oldest] = (await list(reader)).items;
    const marked = await request(t.http).post(`/api/cc/${oldest.id}/read`).set(bearer[reader]).expect(200);
    expect(marked.body).toEqual({ ...oldest, readAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    const again = await request(t.http).post(`/api/cc/${oldest.id}/read`).set(bearer[reader]).expect(200);
    expect(again.body.readAt).toBe(marked.body.readAt);
    expect(await unread(reader)).toBe(1);
    expect((await list(reader, '?status=unread')).items.map((i) => i.id)).toEqual([newest.id]);
    expect((await list(reader, '?status=read')).items.map((i) => i.id)).toEqual([oldest.id]);
    expect((await list(reader, '?status=all')).items).toHaveLength(2);
    // The same copy of the other recipient is still unread.
    expect(await unread(other)).toBe(1);
  });

  it('marks all of mine read at once, and nobody else’s', async () => {
    expect(await request(t.http).post('/api/cc/read-all').set(bearer[reader]).send().expect(200)).toMatchObject({
      body: { marked: 1 },
    });
    expect(await unread(reader)).toBe(0);
    expect((await list(reader, '?status=unread')).items).toEqual([]);
    expect(await unread(other)).toBe(1);
    const again = await request(t.http).post('/api/cc/read-all').set(bearer[reader]).expect(200);
    expect(again.body).toEqual({ marked: 0 });
  });

  it('lets an auditor read and mark their own copies, and only those', async () => {
    const mine = await list(auditor);
    expect(mine.items.map((i) => i.instanceId)).toEqual([first]);
    await request(t.http).post(`/api/cc/${mine.items[0].id}/read`).set(bearer[auditor]).expect(200);
    const [readersCopy] = (await list(other)).items;
    await request(t.http).post(`/api/cc/${readersCopy.id}/read`).set(bearer[auditor]).expect(404);
    expect((await request(t.http).post('/api/cc/read-all').set(bearer[auditor]).expect(200)).body).toEqual({
      marked: 0,
    });
    expect(await unread(auditor)).toBe(0);
    expect(await unread(other)).toBe(1);
  });

  it('lets a recipient read the instance, its history, tasks and attachments', async () => {
    for (const path of [
      `/api/instances/${first}`,
      `/api/instances/${first}/history`,
      `/api/instances/${first}/verify`,
      `/api/instances/${second}/attachments`,
      `/api/attachments/${attachmentId}`,
      `/api/attachments/${attachmentId}/content`,
    ]) {
      const res = await request(t.http).get(path).set(bearer[reader]);
      expect({ path, status: res.status }).toEqual({ path, status: 200 });
    }
    const [task] = await db.query(`SELECT id FROM tasks WHERE instance_id = $1`, [first]);
    await request(t.http).get(`/api/tasks/${task.id}`).set(bearer[reader]).expect(200);
    const listed = await request(t.http).get(`/api/instances?definitionKey=${key}`).set(bearer[reader]).expect(200);
    expect(listed.body.items.map((i: { id: string }) => i.id).sort()).toEqual([first, second].sort());
    expect(
      (await request(t.http).get(`/api/instances?definitionKey=${key}`).set(bearer[other]).expect(200)).body.items.map(
        (i: { id: string }) => i.id,
      ),
    ).toEqual([first]);
  });

  it('gives a recipient no right to act on the instance', async () => {
    await request(t.http)
      .post(`/api/instances/${first}/events`)
      .set(bearer[reader])
      .send({ type: 'WITHDRAW' })
      .expect(403);
  });

  it('refuses the instance to a user it was not copied to (and to one copied another instance)', async () => {
    for (const [who, path, status] of [
      [stranger, `/api/instances/${first}`, 403],
      [stranger, `/api/instances/${first}/history`, 403],
      [stranger, `/api/instances/${second}/attachments`, 403],
      [stranger, `/api/attachments/${attachmentId}`, 404],
      [other, `/api/instances/${second}`, 403],
      [other, `/api/attachments/${attachmentId}/content`, 404],
    ] as const) {
      const res = await request(t.http).get(path).set(bearer[who]);
      expect({ who, path, status: res.status }).toEqual({ who, path, status });
    }
    const listed = await request(t.http).get(`/api/instances?definitionKey=${key}`).set(bearer[stranger]).expect(200);
    expect(listed.body.items).toEqual([]);
  });

  it('keeps one copy per step, state and recipient even when written twice in one statement', async () => {
    const write: EffectWrite = {
      kind: 'ccSent',
      cc: { definitionKey: key, statePath: 'again', recipients: [other], sentBy: 'leader' },
    };
    await runWrites(first, '2026-03-03T09:00:00.000Z', [write, write]);
    await runWrites(first, '2026-03-03T09:00:00.000Z', [write]);
    const rows = await db.query(`SELECT seq, state_path FROM cc_items WHERE instance_id = $1 AND recipient = $2`, [
      first,
      other,
    ]);
    expect(
      rows.sort((a: { state_path: string }, b: { state_path: string }) => a.state_path.localeCompare(b.state_path)),
    ).toEqual([
      { seq: 1, state_path: 'again' },
      { seq: 1, state_path: 'review' },
    ]);
  });

  it.each([
    ['a status that is none of unread, read, all', '/api/cc?status=new', '/status'],
    ['a malformed cursor', '/api/cc?cursor=bm9wZQ', '/cursor'],
    ['a limit over 200', '/api/cc?limit=500', '/limit'],
    ['an unknown parameter', '/api/cc?recipient=admin', '/recipient'],
  ])('answers 400 naming the field for %s', async (_name, path, field) => {
    const res = await request(t.http).get(path).set(bearer[reader]).expect(400);
    expect(res.body.details.errors.map((e: { path: string }) => e.path)).toContain(field);
  });

  it('answers 400 naming the id for a malformed id', async () => {
    const res = await request(t.http).post('/api/cc/nope/read').set(bearer[reader]).expect(400);
    expect(res.body.details.errors).toEqual([{ path: '/id', message: 'must be a UUID' }]);
  });
});
