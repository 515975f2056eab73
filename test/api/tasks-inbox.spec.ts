import request from 'supertest';
import { publishSpec, uniqueKey } from './support/publish';
import { matrixSpec } from './support/matrix-definitions';
import { leaveSpec } from './support/test-definitions';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';

/** Fixed start of the app's clock; each step moves it one hour, so due times differ. */
const T0 = Date.parse('2026-05-04T01:00:00.000Z');

describe('the task inbox', () => {
  let t: TestApp;
  let now = T0;
  const key = uniqueKey('inbox');
  const leaveKey = uniqueKey('inbox-leave');

  beforeAll(async () => {
    t = await startTestApp({ clock: () => new Date((now += 3_600_000)) });
    await publishSpec(t, key, matrixSpec(key));
    await publishSpec(t, leaveKey, leaveSpec(leaveKey));
  }, SETUP_TIMEOUT);
  afterAll(() => t?.close());

  async function start(definitionKey: string, input: Record<string, unknown>, businessKey: string) {
    const res = await request(t.http)
      .post('/api/instances')
      .set(await t.auth('staff'))
      .send({ definitionKey, input, businessKey })
      .expect(201);
    return res.body;
  }

  it('lists candidate tasks with their instance summary, sorted by due time', async () => {
    const first = await start(key, {}, `${key}-a`);
    const second = await start(key, {}, `${key}-b`);
    const leave = await start(leaveKey, { days: 2 }, `${leaveKey}-a`);
    const leader = await t.auth('leader');
    const byDue = await request(t.http)
      .get(`/api/tasks?scope=candidate&sort=due&definitionKey=${key}`)
      .set(leader)
      .expect(200);
    expect(byDue.body.items.map((task: { instanceId: string }) => task.instanceId)).toEqual([first.id, second.id]);
    expect(byDue.body.items[0]).toMatchObject({
      statePath: 'review',
      dueAt: new Date(Date.parse(first.createdAt) + 3 * 86_400_000).toISOString(),
      instance: {
        id: first.id,
        definitionKey: key,
        version: 1,
        title: { zh: '权限矩阵', en: 'Authorization matrix' },
        businessKey: `${key}-a`,
        startedBy: 'staff',
        state: 'review',
        status: 'running',
      },
    });
    const newest = await request(t.http).get(`/api/tasks?scope=candidate&definitionKey=${key}`).set(leader).expect(200);
    expect(newest.body.items.map((task: { instanceId: string }) => task.instanceId)).toEqual([second.id, first.id]);
    // A task without a due time sorts after those with one.
    const mixed = await request(t.http).get('/api/tasks?scope=candidate&sort=due&status=open').set(leader).expect(200);
    const ids = mixed.body.items.map((task: { instanceId: string }) => task.instanceId);
    expect(ids.indexOf(leave.id)).toBeGreaterThan(ids.indexOf(second.id));
    await request(t.http).get('/api/tasks?sort=soon').set(leader).expect(400);
  });

  it('shows done tasks completed by me under scope=mine&status=done', async () => {
    const instance = await start(key, {}, `${key}-done`);
    const leader = await t.auth('leader');
    await request(t.http)
      .post(`/api/tasks/${instance.tasks[0].id}/complete`)
      .set(leader)
      .send({ outcome: 'APPROVE' })
      .expect(200);
    const mine = await request(t.http)
      .get(`/api/tasks?scope=mine&status=done&definitionKey=${key}`)
      .set(leader)
      .expect(200);
    expect(mine.body.items).toEqual([
      expect.objectContaining({
        instanceId: instance.id,
        status: 'done',
        outcome: 'APPROVE',
        completedBy: 'leader',
        instance: expect.objectContaining({ state: 'approved', status: 'done' }),
      }),
    ]);
    const open = await request(t.http)
      .get(`/api/tasks?scope=mine&status=open&definitionKey=${key}`)
      .set(leader)
      .expect(200);
    expect(open.body.items).toEqual([]);
  });

  it('lists both halves of mine together, newest first: assigned to me and completed by me unclaimed', async () => {
    // "mine" is read as two index-ordered halves (tasks.service.ts); without a status both must merge.
    const mineKey = uniqueKey('inbox-mine');
    await publishSpec(t, mineKey, matrixSpec(mineKey));
    const leader = await t.auth('leader');
    const completed = await start(mineKey, {}, `${mineKey}-completed`);
    await request(t.http)
      .post(`/api/tasks/${completed.tasks[0].id}/complete`)
      .set(leader)
      .send({ outcome: 'APPROVE' })
      .expect(200);
    const claimed = await start(mineKey, {}, `${mineKey}-claimed`);
    await request(t.http).post(`/api/tasks/${claimed.tasks[0].id}/claim`).set(leader).expect(200);
    const mine = await request(t.http).get(`/api/tasks?scope=mine&definitionKey=${mineKey}`).set(leader).expect(200);
    expect(mine.body.items).toEqual([
      expect.objectContaining({ id: claimed.tasks[0].id, status: 'open', assignee: 'leader' }),
      expect.objectContaining({ id: completed.tasks[0].id, status: 'done', assignee: null, completedBy: 'leader' }),
    ]);
    const byDue = await request(t.http)
      .get(`/api/tasks?scope=mine&sort=due&definitionKey=${mineKey}`)
      .set(leader)
      .expect(200);
    expect(byDue.body.items.map((task: { id: string }) => task.id)).toEqual([
      completed.tasks[0].id,
      claimed.tasks[0].id,
    ]);
  });

  it('assigns a starter.manager task only to the manager; it cannot be unclaimed to nobody', async () => {
    const instance = await start(leaveKey, { days: 2 }, `${leaveKey}-hr`);
    const escalated = await request(t.http)
      .post(`/api/instances/${instance.id}/events`)
      .set(await t.auth('staff'))
      .send({ type: 'ESCALATE' })
      .expect(200);
    const task = escalated.body.tasks[0];
    expect(task).toMatchObject({ statePath: 'hr', assignee: 'leader', candidateRoles: [] });
    const admin = await t.auth('admin');
    const refused = await request(t.http)
      .post(`/api/tasks/${task.id}/assign`)
      .set(admin)
      .send({ username: 'finance' })
      .expect(422);
    expect(refused.body.message).toContain('leader');
    await request(t.http).post(`/api/tasks/${task.id}/assign`).set(admin).send({ username: 'leader' }).expect(200);
    await request(t.http)
      .post(`/api/tasks/${task.id}/assign`)
      .set(admin)
      .send({ username: 'nobody-at-all' })
      .expect(422);
    await request(t.http)
      .post(`/api/tasks/${task.id}/unclaim`)
      .set(await t.auth('leader'))
      .expect(409);
  });

  it('lets a candidate read the instance of a task waiting for them, and not a stranger', async () => {
    const instance = await start(key, {}, `${key}-read`);
    await request(t.http)
      .get(`/api/instances/${instance.id}`)
      .set(await t.auth('leader'))
      .expect(200);
    await request(t.http)
      .get(`/api/instances/${instance.id}`)
      .set(await t.auth('finance'))
      .expect(403);
    const list = await request(t.http)
      .get(`/api/instances?definitionKey=${key}`)
      .set(await t.auth('finance'))
      .expect(200);
    expect(list.body.items).toEqual([]);
    const mine = await request(t.http)
      .get(`/api/instances?businessKey=${key}-read`)
      .set(await t.auth('staff'))
      .expect(200);
    expect(mine.body.items.map((i: { id: string }) => i.id)).toEqual([instance.id]);
  });
});
