import request from 'supertest';
import { purchaseApprovalSpec } from './support/approval-definitions';
import { publishSpec, uniqueKey } from './support/publish';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';

interface TaskBody {
  id: string;
  statePath: string;
  assignee: string;
  slot: string;
  status: string;
  delegatedBy?: string | null;
}

/** A clock that moves one minute per request, so urges and due times are deterministic. */
const T0 = Date.parse('2026-06-01T01:00:00.000Z');

describe('approvals over HTTP', () => {
  let t: TestApp;
  let now = T0;
  const key = uniqueKey('approvals');

  beforeAll(async () => {
    t = await startTestApp({ clock: () => new Date((now += 60_000)) });
    await publishSpec(t, key, purchaseApprovalSpec(key));
  }, SETUP_TIMEOUT);
  afterAll(() => t?.close());

  const as = (user: string) => t.auth(user);
  async function start(input: Record<string, unknown> = { item: '笔记本电脑', amount: 8000 }) {
    const res = await request(t.http)
      .post('/api/instances')
      .set(await as('staff'))
      .send({ definitionKey: key, input });
    expect(res.status).toBe(201);
    return res.body as { id: string; state: string; seq: number; status: string };
  }
  async function openTasks(id: string): Promise<TaskBody[]> {
    const res = await request(t.http)
      .get(`/api/instances/${id}`)
      .set(await as('admin'))
      .expect(200);
    return (res.body.openTasks ?? res.body.tasks ?? []).filter((x: TaskBody) => x.status === 'open');
  }
  async function taskOf(id: string, user: string): Promise<TaskBody> {
    const found = (await openTasks(id)).find((x) => x.assignee === user);
    if (!found) throw new Error(`no open task of ${user} on ${id}: ${JSON.stringify(await openTasks(id))}`);
    return found;
  }
  async function decide(id: string, user: string, outcome: 'APPROVE' | 'REJECT', comment?: string) {
    const task = await taskOf(id, user);
    return request(t.http)
      .post(`/api/tasks/${task.id}/complete`)
      .set(await as(user))
      .send({ outcome, data: comment ? { comment } : {} });
  }
  const history = async (id: string) =>
    (
      await request(t.http)
        .get(`/api/instances/${id}/history`)
        .set(await as('auditor'))
        .expect(200)
    ).body.items as {
      seq: number;
      type: string;
      actor: string;
      data: Record<string, unknown>;
    }[];
  const verify = async (id: string) =>
    (
      await request(t.http)
        .get(`/api/instances/${id}/verify`)
        .set(await as('auditor'))
        .expect(200)
    ).body;

  it('runs manager (或签) → finance (会签) → legal (或签, CC office), each decision its own entry', async () => {
    const started = await start();
    expect(started.state).toBe('manager');
    expect((await openTasks(started.id)).map((x) => x.assignee)).toEqual(['leader']);
    expect((await decide(started.id, 'leader', 'APPROVE', '同意')).status).toBe(200);
    expect((await openTasks(started.id)).map((x) => x.assignee).sort()).toEqual(['branch-finance', 'finance']);
    const first = await decide(started.id, 'finance', 'APPROVE');
    expect(first.status).toBe(200);
    expect(first.body.task).toMatchObject({ status: 'done', outcome: 'APPROVE', completedBy: 'finance' });
    expect(first.body.instance.state).toBe('finance');
    const second = await decide(started.id, 'branch-finance', 'APPROVE');
    expect(second.body.instance.state).toBe('legal');
    expect((await decide(started.id, 'legal', 'APPROVE')).body.instance).toMatchObject({
      state: 'approved',
      status: 'done',
    });

    const entries = await history(started.id);
    expect(entries.map((e) => `${e.type}:${e.actor}`)).toEqual([
      '@start:staff',
      '@approvers:system',
      'APPROVE:leader',
      '@approvers:system',
      'APPROVE:finance',
      'APPROVE:branch-finance',
      '@approvers:system',
      'APPROVE:legal',
    ]);
    expect(entries[1].data).toMatchObject({ states: { manager: { approvers: [{ user: 'leader' }] } } });
    expect(entries[6].data).toMatchObject({ states: { legal: { approvers: [{ user: 'legal' }], cc: ['office'] } } });
    expect(await verify(started.id)).toEqual({ ok: true, checked: entries.length });

    const copied = await request(t.http)
      .get('/api/cc?status=unread')
      .set(await as('office'))
      .expect(200);
    expect(copied.body.items.map((c: { instance: { id: string } }) => c.instance.id)).toContain(started.id);
  });

  it('会签: the first rejection rejects; the other finance task is cancelled', async () => {
    const { id } = await start();
    await decide(id, 'leader', 'APPROVE');
    const other = await taskOf(id, 'branch-finance');
    const rejected = await decide(id, 'finance', 'REJECT', '预算不足');
    expect(rejected.body.instance).toMatchObject({ state: 'rejected', status: 'done' });
    const task = await request(t.http)
      .get(`/api/tasks/${other.id}`)
      .set(await as('branch-finance'))
      .expect(200);
    expect(task.body.status).toBe('cancelled');
  });

  it('refuses a decision from someone who holds no approval task, and @ events on the generic route', async () => {
    const { id } = await start();
    const task = await taskOf(id, 'leader');
    const stranger = await request(t.http)
      .post(`/api/tasks/${task.id}/complete`)
      .set(await as('finance'))
      .send({ outcome: 'APPROVE', data: {} });
    expect(stranger.status).toBe(403);
    const forged = await request(t.http)
      .post(`/api/instances/${id}/events`)
      .set(await as('staff'))
      .send({ type: '@approvers', data: { states: { manager: { approvers: [{ user: 'staff' }] } } } });
    expect(forged.status).toBe(403);
    const withdrawByEvent = await request(t.http)
      .post(`/api/instances/${id}/events`)
      .set(await as('staff'))
      .send({ type: '@withdraw', data: {} });
    expect(withdrawByEvent.status).toBe(403);
  });

  it('撤回: the starter withdraws before anyone acted; not after, and nobody else', async () => {
    const early = await start();
    const byOther = await request(t.http)
      .post(`/api/instances/${early.id}/withdraw`)
      .set(await as('leader'))
      .send({});
    expect(byOther.status).toBe(403);
    const withdrawn = await request(t.http)
      .post(`/api/instances/${early.id}/withdraw`)
      .set(await as('staff'))
      .send({ reason: '不买了' })
      .expect(200);
    expect(withdrawn.body).toMatchObject({ state: 'withdrawn', status: 'done' });
    expect(await openTasks(early.id)).toEqual([]);

    const late = await start();
    await decide(late.id, 'leader', 'APPROVE');
    const refused = await request(t.http)
      .post(`/api/instances/${late.id}/withdraw`)
      .set(await as('staff'))
      .send({});
    expect(refused.status).toBe(409);
    expect(refused.body.details.reason).toBe('already-acted');
  });

  it('催办: the starter urges the current approvers once per interval; they get a notification', async () => {
    const { id } = await start();
    await request(t.http)
      .post(`/api/instances/${id}/urge`)
      .set(await as('staff'))
      .send({ comment: '急' })
      .expect(200);
    const again = await request(t.http)
      .post(`/api/instances/${id}/urge`)
      .set(await as('staff'))
      .send({});
    expect(again.status).toBe(409);
    expect(again.body.details).toMatchObject({
      reason: 'urge-too-soon',
      errors: [{ params: { retryAt: expect.any(String) } }],
    });
    const inbox = await request(t.http)
      .get('/api/notifications')
      .set(await as('leader'))
      .expect(200);
    expect(JSON.stringify(inbox.body)).toContain('催办');
    const notStarter = await request(t.http)
      .post(`/api/instances/${id}/urge`)
      .set(await as('finance'))
      .send({});
    expect(notStarter.status).toBe(403);
  });

  it('转办: the holder hands the task to a colleague, who decides; bad targets are 422 naming the field', async () => {
    const { id } = await start();
    const task = await taskOf(id, 'leader');
    const unknown = await request(t.http)
      .post(`/api/tasks/${task.id}/transfer`)
      .set(await as('leader'))
      .send({ to: 'nobody' });
    expect(unknown.status).toBe(422);
    expect(unknown.body.details.errors[0]).toMatchObject({ path: '/to', code: 'unknown-user' });
    const auditor = await request(t.http)
      .post(`/api/tasks/${task.id}/transfer`)
      .set(await as('leader'))
      .send({ to: 'auditor' });
    expect(auditor.status).toBe(422);
    expect(auditor.body.details.errors[0].code).toBe('read-only-user');
    const notHolder = await request(t.http)
      .post(`/api/tasks/${task.id}/transfer`)
      .set(await as('finance'))
      .send({ to: 'hq' });
    expect(notHolder.status).toBe(403);
    const moved = await request(t.http)
      .post(`/api/tasks/${task.id}/transfer`)
      .set(await as('leader'))
      .send({ to: 'hq', reason: '出差' })
      .expect(200);
    expect(moved.body.task).toMatchObject({ status: 'transferred' });
    expect((await decide(id, 'hq', 'APPROVE')).body.instance.state).toBe('finance');
    const entries = await history(id);
    expect(entries.find((e) => e.type === '@transfer')).toMatchObject({
      actor: 'leader',
      data: { statePath: 'manager', to: 'hq', reason: '出差' },
    });
    expect(await verify(id)).toMatchObject({ ok: true });
  });

  it('委派: the delegate works on it and hands it back; only then does the approver decide', async () => {
    const { id } = await start();
    const task = await taskOf(id, 'leader');
    await request(t.http)
      .post(`/api/tasks/${task.id}/delegate`)
      .set(await as('leader'))
      .send({ to: 'office' })
      .expect(200);
    const delegated = await taskOf(id, 'office');
    expect(delegated.delegatedBy).toBe('leader');
    const delegateDecides = await request(t.http)
      .post(`/api/tasks/${delegated.id}/complete`)
      .set(await as('office'))
      .send({ outcome: 'APPROVE', data: {} });
    expect(delegateDecides.status).toBe(422);
    await request(t.http)
      .post(`/api/tasks/${delegated.id}/resolve`)
      .set(await as('office'))
      .send({ comment: '已核对报价' })
      .expect(200);
    expect((await decide(id, 'leader', 'APPROVE')).body.instance.state).toBe('finance');
    expect(await verify(id)).toMatchObject({ ok: true });
  });

  it('加签 before, then 减签 by whoever added', async () => {
    const { id } = await start();
    const task = await taskOf(id, 'leader');
    await request(t.http)
      .post(`/api/tasks/${task.id}/add-approvers`)
      .set(await as('leader'))
      .send({ users: ['hq', 'office'], position: 'before', reason: '金额较大' })
      .expect(200);
    expect((await openTasks(id)).map((x) => x.assignee).sort()).toEqual(['hq', 'office']);
    const office = await taskOf(id, 'office');
    const byOther = await request(t.http)
      .post(`/api/instances/${id}/remove-approver`)
      .set(await as('hq'))
      .send({ statePath: 'manager', slot: office.slot });
    expect(byOther.status).toBe(403);
    await request(t.http)
      .post(`/api/instances/${id}/remove-approver`)
      .set(await as('leader'))
      .send({ statePath: 'manager', slot: office.slot, reason: '不需要' })
      .expect(200);
    await decide(id, 'hq', 'APPROVE');
    expect((await openTasks(id)).map((x) => x.assignee)).toEqual(['leader']);
    expect((await decide(id, 'leader', 'APPROVE')).body.instance.state).toBe('finance');
    expect(await verify(id)).toMatchObject({ ok: true });
  });

  it('驳回: legal sends back to the manager, who approves again; a target the definition does not allow is 409', async () => {
    const { id } = await start();
    await decide(id, 'leader', 'APPROVE');
    await decide(id, 'finance', 'APPROVE');
    await decide(id, 'branch-finance', 'APPROVE');
    const task = await taskOf(id, 'legal');
    const notAllowed = await request(t.http)
      .post(`/api/tasks/${task.id}/send-back`)
      .set(await as('legal'))
      .send({ to: 'finance' });
    expect(notAllowed.status).toBe(409);
    expect(notAllowed.body.details.reason).toBe('send-back-not-allowed');
    const back = await request(t.http)
      .post(`/api/tasks/${task.id}/send-back`)
      .set(await as('legal'))
      .send({ to: 'manager', reason: '请补充报价单' })
      .expect(200);
    expect(back.body.instance.state).toBe('manager');
    expect(back.body.task.status).toBe('done');
    expect((await openTasks(id)).map((x) => x.assignee)).toEqual(['leader']);
    expect(await verify(id)).toMatchObject({ ok: true });
  });

  it('ad hoc 抄送 by an approver: the recipient may read the instance', async () => {
    const { id } = await start();
    const task = await taskOf(id, 'leader');
    const before = await request(t.http)
      .get(`/api/instances/${id}`)
      .set(await as('market'));
    expect(before.status).toBe(403);
    const copied = await request(t.http)
      .post(`/api/tasks/${task.id}/cc`)
      .set(await as('leader'))
      .send({ users: ['market'], comment: '请知悉' });
    expect(copied.body).toMatchObject({ instance: { id } });
    await request(t.http)
      .get(`/api/instances/${id}`)
      .set(await as('market'))
      .expect(200);
  });
});
