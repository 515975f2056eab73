import request from 'supertest';
import { publishSpec, uniqueKey } from './support/publish';
import { leaveSpec } from './support/test-definitions';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';

const ZERO_HASH = '0'.repeat(64);

describe('instances and events', () => {
  let t: TestApp;
  const key = uniqueKey('inst-leave');

  beforeAll(async () => {
    t = await startTestApp();
    await publishSpec(t, key, leaveSpec(key));
  }, SETUP_TIMEOUT);
  afterAll(() => t?.close());

  async function startLeave(input: Record<string, unknown> = { days: 3 }, user = 'staff', businessKey?: string) {
    const res = await request(t.http)
      .post('/api/instances')
      .set(await t.auth(user))
      .send({ definitionKey: key, input, ...(businessKey ? { businessKey } : {}) });
    expect(res.status).toBe(201);
    return res.body;
  }

  it('starts an instance with an open candidate task and history entry 1 = @start', async () => {
    const instance = await startLeave({ days: 3, reason: '家事' }, 'staff', `${key}-bk`);
    expect(instance).toMatchObject({
      definitionKey: key,
      version: 1,
      businessKey: `${key}-bk`,
      status: 'running',
      state: 'submitted',
      context: { days: 3, reason: '家事', comment: '' },
      seq: 1,
      startedBy: 'staff',
    });
    expect([...instance.acceptedEvents].sort()).toEqual(['APPROVE', 'ESCALATE', 'REJECT']);
    expect(instance.tasks).toEqual([
      expect.objectContaining({
        instanceId: instance.id,
        definitionKey: key,
        statePath: 'submitted',
        title: { zh: '审批请假', en: 'Approve leave' },
        candidateRoles: ['leader'],
        assignee: null,
        status: 'open',
        outcomes: ['APPROVE', 'REJECT'],
      }),
    ]);
    const history = await request(t.http)
      .get(`/api/instances/${instance.id}/history`)
      .set(await t.auth('auditor'))
      .expect(200);
    expect(history.body.items).toEqual([
      {
        seq: 1,
        type: '@start',
        data: { days: 3, reason: '家事' },
        actor: 'staff',
        at: instance.createdAt,
        stateAfter: 'submitted',
        prevHash: ZERO_HASH,
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
    ]);
    const read = await request(t.http)
      .get(`/api/instances/${instance.id}`)
      .set(await t.auth('auditor'))
      .expect(200);
    expect(read.body).toEqual(instance);
  });

  it('lets a leader (candidate) approve; the task is done and the instance finished', async () => {
    const instance = await startLeave();
    const res = await request(t.http)
      .post(`/api/instances/${instance.id}/events`)
      .set(await t.auth('leader'))
      .send({ type: 'APPROVE', data: { comment: '同意' } })
      .expect(200);
    expect(res.body).toMatchObject({
      status: 'done',
      state: 'approved',
      seq: 2,
      tasks: [],
      acceptedEvents: [],
      context: { comment: '同意' },
    });
    const done = await request(t.http)
      .get(`/api/tasks?scope=all&definitionKey=${key}&status=done`)
      .set(await t.auth('auditor'))
      .expect(200);
    expect(done.body.items.find((task: { instanceId: string }) => task.instanceId === instance.id)).toMatchObject({
      status: 'done',
      outcome: 'APPROVE',
      completedBy: 'leader',
    });
    const after = await request(t.http)
      .post(`/api/instances/${instance.id}/events`)
      .set(await t.auth('leader'))
      .send({ type: 'APPROVE' })
      .expect(409);
    expect(after.body.details.acceptedEvents).toEqual([]);
  });

  it.each(['staff', 'leader', 'finance'])(
    'answers 409 with the accepted events for an event the state does not handle (sent by %s)',
    async (sender) => {
      const instance = await startLeave();
      const res = await request(t.http)
        .post(`/api/instances/${instance.id}/events`)
        .set(await t.auth(sender))
        .send({ type: 'NOPE' })
        .expect(409);
      expect(res.body).toMatchObject({ statusCode: 409, error: 'Conflict' });
      expect([...res.body.details.acceptedEvents].sort()).toEqual(['APPROVE', 'ESCALATE', 'REJECT']);
    },
  );

  it('answers 422 reason guard when every guard refuses, and records nothing', async () => {
    const instance = await startLeave({ days: 20 });
    const res = await request(t.http)
      .post(`/api/instances/${instance.id}/events`)
      .set(await t.auth('leader'))
      .send({ type: 'APPROVE' })
      .expect(422);
    expect(res.body.details.reason).toBe('guard');
    const history = await request(t.http)
      .get(`/api/instances/${instance.id}/history`)
      .set(await t.auth('leader'))
      .expect(200);
    expect(history.body.items).toHaveLength(1);
  });

  it.each([
    ['a wrong type', { comment: 42 }, '/data/comment'],
    ['an unknown field', { bonus: 1 }, '/data/bonus'],
  ])('answers 422 naming the field for event data with %s', async (_name, data, path) => {
    const instance = await startLeave();
    const res = await request(t.http)
      .post(`/api/instances/${instance.id}/events`)
      .set(await t.auth('leader'))
      .send({ type: 'APPROVE', data })
      .expect(422);
    expect(res.body.details.errors.map((e: { path: string }) => e.path)).toContain(path);
    const read = await request(t.http)
      .get(`/api/instances/${instance.id}`)
      .set(await t.auth('leader'))
      .expect(200);
    expect(read.body.seq).toBe(1);
  });

  it('answers 422 for data on an event that has no schema', async () => {
    const instance = await startLeave();
    const res = await request(t.http)
      .post(`/api/instances/${instance.id}/events`)
      .set(await t.auth('staff'))
      .send({ type: 'ESCALATE', data: { x: 1 } });
    expect(res.status).toBe(422);
  });

  it.each([
    ['a missing field', {}, '/input/days'],
    ['a wrong type', { days: 'three' }, '/input/days'],
    ['a value below the minimum', { days: 0 }, '/input/days'],
  ])('answers 422 naming the field for start input with %s', async (_name, input, path) => {
    const res = await request(t.http)
      .post('/api/instances')
      .set(await t.auth('staff'))
      .send({ definitionKey: key, input })
      .expect(422);
    expect(res.body.details.errors.map((e: { path: string }) => e.path)).toContain(path);
    expect(res.body.message).toContain('/input/days');
  });

  it.each([
    ['an unknown top-level field', { definitionKey: 'x', colour: 'red' }, '/colour'],
    ['a missing definitionKey', { input: { days: 1 } }, '/definitionKey'],
    ['input that is not an object', { definitionKey: 'x', input: [1, 2] }, '/input'],
    ['a version that is not an integer', { definitionKey: 'x', version: 'one' }, '/version'],
  ])('answers 400 naming the field for a start body with %s', async (_name, body, path) => {
    const res = await request(t.http)
      .post('/api/instances')
      .set(await t.auth('staff'))
      .send(body)
      .expect(400);
    expect(res.body.details.errors.map((e: { path: string }) => e.path)).toContain(path);
  });

  it('answers 413 for a 2 MB body', async () => {
    const res = await request(t.http)
      .post('/api/instances')
      .set(await t.auth('staff'))
      .send({ definitionKey: key, input: { days: 1, reason: 'x'.repeat(2 * 1024 * 1024) } })
      .expect(413);
    expect(res.body).toMatchObject({ statusCode: 413, error: 'Payload Too Large' });
  });

  it.each([
    ['malformed JSON', 'application/json', '{"definitionKey": '],
    ['plain text', 'text/plain', 'definitionKey=x'],
    ['a form', 'application/x-www-form-urlencoded', 'definitionKey=x'],
  ])('answers 400 for a body that is %s', async (_name, type, body) => {
    const res = await request(t.http)
      .post('/api/instances')
      .set(await t.auth('staff'))
      .set('Content-Type', type)
      .send(body)
      .expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
  });

  it('answers 400, not 500, for text the database cannot store (a NUL character)', async () => {
    const instance = await startLeave();
    const res = await request(t.http)
      .post(`/api/instances/${instance.id}/events`)
      .set(await t.auth('leader'))
      .send({ type: 'APPROVE', data: { comment: 'a\u0000b' } })
      .expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    const read = await request(t.http)
      .get(`/api/instances/${instance.id}`)
      .set(await t.auth('leader'))
      .expect(200);
    expect(read.body).toMatchObject({ seq: 1, state: 'submitted' });
  });

  it('forbids a user who is not a candidate to send a task outcome, and anyone to send a timer event', async () => {
    const instance = await startLeave();
    const staff = await t.auth('staff');
    await request(t.http).post(`/api/instances/${instance.id}/events`).set(staff).send({ type: 'APPROVE' }).expect(403);
    await request(t.http)
      .post(`/api/instances/${instance.id}/events`)
      .set(staff)
      .send({ type: 'xstate.after.P3D.submitted' })
      .expect(403);
  });

  it('gives a starter.manager task of someone without an explicit manager to their department head', async () => {
    const instance = await startLeave({ days: 2 }, 'staff2');
    const escalated = await request(t.http)
      .post(`/api/instances/${instance.id}/events`)
      .set(await t.auth('staff2'))
      .send({ type: 'ESCALATE' })
      .expect(200);
    // staff2 is in 业务拓展部 with no manager of their own; its head is leader.
    expect(escalated.body.tasks).toEqual([expect.objectContaining({ statePath: 'hr', assignee: 'leader' })]);
  });

  it('assigns starter.manager tasks, lists them, and completes them through /tasks/:id/complete', async () => {
    const instance = await startLeave();
    const escalated = await request(t.http)
      .post(`/api/instances/${instance.id}/events`)
      .set(await t.auth('staff'))
      .send({ type: 'ESCALATE' })
      .expect(200);
    expect(escalated.body.state).toBe('hr');
    expect(escalated.body.tasks).toEqual([
      expect.objectContaining({ statePath: 'hr', assignee: 'leader', candidateRoles: [] }),
    ]);
    const taskId = escalated.body.tasks[0].id;

    const mine = await request(t.http)
      .get(`/api/tasks?scope=mine&status=open&definitionKey=${key}`)
      .set(await t.auth('leader'))
      .expect(200);
    expect(mine.body.items.map((task: { id: string }) => task.id)).toContain(taskId);

    await request(t.http)
      .post(`/api/tasks/${taskId}/complete`)
      .set(await t.auth('finance'))
      .send({ outcome: 'APPROVE' })
      .expect(403);
    const wrong = await request(t.http)
      .post(`/api/tasks/${taskId}/complete`)
      .set(await t.auth('leader'))
      .send({ outcome: 'ESCALATE' })
      .expect(422);
    expect(wrong.body.details.errors[0].path).toBe('/outcome');

    const done = await request(t.http)
      .post(`/api/tasks/${taskId}/complete`)
      .set(await t.auth('leader'))
      .send({ outcome: 'APPROVE' })
      .expect(200);
    expect(done.body.task).toMatchObject({ id: taskId, status: 'done', outcome: 'APPROVE', completedBy: 'leader' });
    expect(done.body.instance).toMatchObject({ id: instance.id, state: 'approved', status: 'done', seq: 3 });
    await request(t.http)
      .post(`/api/tasks/${taskId}/complete`)
      .set(await t.auth('leader'))
      .send({ outcome: 'APPROVE' })
      .expect(409);
  });

  it('lists candidate tasks by role and all tasks only for admins and auditors', async () => {
    const instance = await startLeave();
    const candidate = await request(t.http)
      .get(`/api/tasks?scope=candidate&definitionKey=${key}`)
      .set(await t.auth('leader'))
      .expect(200);
    expect(candidate.body.items.map((task: { instanceId: string }) => task.instanceId)).toContain(instance.id);
    const none = await request(t.http)
      .get(`/api/tasks?scope=candidate&definitionKey=${key}`)
      .set(await t.auth('finance'))
      .expect(200);
    expect(none.body.items).toEqual([]);
    await request(t.http)
      .get('/api/tasks?scope=all')
      .set(await t.auth('staff'))
      .expect(403);
    await request(t.http)
      .get('/api/tasks?scope=all')
      .set(await t.auth('admin'))
      .expect(200);
    await request(t.http)
      .get('/api/tasks?scope=everything')
      .set(await t.auth('admin'))
      .expect(400);
  });

  it('claims, unclaims and assigns a candidate task to an eligible user only', async () => {
    const secondLeader = `lead-${process.pid}-${Date.now().toString(36)}`;
    await request(t.http)
      .post('/api/users')
      .set(await t.auth('admin'))
      .send({ username: secondLeader, displayName: '第二负责人', password: 'second-leader', roles: ['leader'] })
      .expect(201);
    const instance = await startLeave();
    const taskId = instance.tasks[0].id;
    await request(t.http)
      .post(`/api/tasks/${taskId}/claim`)
      .set(await t.auth('finance'))
      .expect(403);
    const claimed = await request(t.http)
      .post(`/api/tasks/${taskId}/claim`)
      .set(await t.auth('leader'))
      .expect(200);
    expect(claimed.body.assignee).toBe('leader');
    const released = await request(t.http)
      .post(`/api/tasks/${taskId}/unclaim`)
      .set(await t.auth('leader'))
      .expect(200);
    expect(released.body.assignee).toBeNull();
    const refused = await request(t.http)
      .post(`/api/tasks/${taskId}/assign`)
      .set(await t.auth('admin'))
      .send({ username: 'finance' })
      .expect(422);
    expect(refused.body.details.errors).toEqual([{ path: '/username', message: 'not eligible for this task' }]);
    const assigned = await request(t.http)
      .post(`/api/tasks/${taskId}/assign`)
      .set(await t.auth('admin'))
      .send({ username: secondLeader })
      .expect(200);
    expect(assigned.body.assignee).toBe(secondLeader);
    // Now only the assignee may complete it, even though leader holds the candidate role.
    await request(t.http)
      .post(`/api/tasks/${taskId}/complete`)
      .set(await t.auth('leader'))
      .send({ outcome: 'REJECT' })
      .expect(403);
    const token = await t.login(secondLeader, 'second-leader');
    await request(t.http)
      .post(`/api/tasks/${taskId}/complete`)
      .set('Authorization', `Bearer ${token}`)
      .send({ outcome: 'REJECT' })
      .expect(200);
  });

  it.each([
    ['an unknown instance', 'get', '/api/instances/00000000-0000-4000-8000-000000000000', 404],
    ['events to an unknown instance', 'post', '/api/instances/00000000-0000-4000-8000-000000000000/events', 404],
    ['history of an unknown instance', 'get', '/api/instances/00000000-0000-4000-8000-000000000000/history', 404],
    ['an unknown task', 'post', '/api/tasks/00000000-0000-4000-8000-000000000000/complete', 404],
    ['a malformed instance id', 'get', '/api/instances/not-a-uuid', 400],
    ['a malformed id on events', 'post', '/api/instances/123/events', 400],
    ['a malformed task id', 'post', '/api/tasks/xyz/complete', 400],
  ] as const)('answers %s (%s %s) with %i', async (_name, method, path, status) => {
    const req = request(t.http)
      [method](path)
      .set(await t.auth('admin'));
    const res = await (method === 'post'
      ? req.send(path.endsWith('complete') ? { outcome: 'APPROVE' } : { type: 'APPROVE' })
      : req);
    expect(res.status).toBe(status);
    expect(res.body.statusCode).toBe(status);
  });

  it('lets only the starter roles of a definition start it (403 for others)', async () => {
    const restrictedKey = uniqueKey('inst-restricted');
    const spec = leaveSpec(restrictedKey) as { meta: Record<string, unknown> };
    spec.meta.starterRoles = ['leader'];
    await publishSpec(t, restrictedKey, spec);
    const res = await request(t.http)
      .post('/api/instances')
      .set(await t.auth('staff'))
      .send({ definitionKey: restrictedKey, input: { days: 1 } })
      .expect(403);
    expect(res.body.message).toContain('leader');
    await request(t.http)
      .post('/api/instances')
      .set(await t.auth('leader'))
      .send({ definitionKey: restrictedKey, input: { days: 1 } })
      .expect(201);
  });

  it('answers 404 when starting an unknown definition or version', async () => {
    const staff = await t.auth('staff');
    await request(t.http).post('/api/instances').set(staff).send({ definitionKey: 'no-such-definition' }).expect(404);
    await request(t.http)
      .post('/api/instances')
      .set(staff)
      .send({ definitionKey: key, version: 99, input: { days: 1 } })
      .expect(404);
  });

  it('pages through instances newest first with a cursor and filters by business key', async () => {
    const pageKey = uniqueKey('inst-page');
    await publishSpec(t, pageKey, leaveSpec(pageKey));
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await request(t.http)
        .post('/api/instances')
        .set(await t.auth('staff'))
        .send({ definitionKey: pageKey, input: { days: 1 }, businessKey: `${pageKey}-${i}` })
        .expect(201);
      ids.push(res.body.id);
    }
    const auditor = await t.auth('auditor');
    const first = await request(t.http).get(`/api/instances?definitionKey=${pageKey}&limit=2`).set(auditor).expect(200);
    expect(first.body.items.map((i: { id: string }) => i.id)).toEqual([ids[2], ids[1]]);
    expect(first.body.items[0].tasks).toHaveLength(1);
    const second = await request(t.http)
      .get(`/api/instances?definitionKey=${pageKey}&limit=2&cursor=${first.body.nextCursor}`)
      .set(auditor)
      .expect(200);
    expect(second.body).toEqual({ items: [expect.objectContaining({ id: ids[0] })], nextCursor: null });
    const byKey = await request(t.http).get(`/api/instances?businessKey=${pageKey}-1`).set(auditor).expect(200);
    expect(byKey.body.items.map((i: { id: string }) => i.id)).toEqual([ids[1]]);
    await request(t.http).get('/api/instances?limit=0').set(auditor).expect(400);
    await request(t.http).get('/api/instances?cursor=garbage').set(auditor).expect(400);
    await request(t.http).get('/api/instances?unknown=1').set(auditor).expect(400);
  });
});
