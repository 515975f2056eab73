import request from 'supertest';
import { DataSource } from 'typeorm';
import { publishSpec, uniqueKey } from './support/publish';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';

const RUN = `${process.pid}-${Date.now().toString(36)}`;
const PASSWORD = 'approval-proxy-password';
/** 2031-04-<day> 09:00 in Asia/Shanghai. */
const day = (d: number) => new Date(`2031-04-${String(d).padStart(2, '0')}T09:00:00+08:00`);
const text = (zh: string, en: string) => ({ zh, en });

/** One approval by the named users (and a second definition whose approvers resolve to nobody). */
function approvalSpec(key: string, approvers: unknown[], extra: Record<string, unknown> = {}) {
  return {
    id: key,
    initial: 'review',
    meta: {
      title: text('代理审批', 'Proxy approval'),
      events: {
        APPROVE: { title: text('同意', 'Approve'), schema: { type: 'object' } },
        REJECT: { title: text('不同意', 'Reject'), schema: { type: 'object' } },
      },
    },
    states: {
      review: {
        meta: {
          task: { title: text('审批', 'Review'), outcomes: ['APPROVE', 'REJECT'], approval: { approvers, ...extra } },
        },
        on: { APPROVE: 'approved', REJECT: 'rejected' },
      },
      approved: { type: 'final' },
      rejected: { type: 'final' },
    },
  };
}

describe('approval tasks with proxies (代理) and with nobody to approve', () => {
  let t: TestApp;
  let now = day(1);
  const key = uniqueKey('approval-proxy');
  const emptyKey = uniqueKey('approval-empty');
  const principal = `ap-principal-${RUN}`;
  const proxy = `ap-proxy-${RUN}`;
  const bearer: Record<string, { Authorization: string }> = {};

  beforeAll(async () => {
    t = await startTestApp({ clock: () => now });
    for (const username of [principal, proxy]) {
      await request(t.http)
        .post('/api/users')
        .set(await t.auth('admin'))
        .send({ username, displayName: username, password: PASSWORD, roles: ['leader'] })
        .expect(201);
      bearer[username] = { Authorization: `Bearer ${await t.login(username, PASSWORD)}` };
    }
    await publishSpec(t, key, approvalSpec(key, [{ kind: 'users', users: [principal] }]));
    await publishSpec(t, emptyKey, approvalSpec(emptyKey, [{ kind: 'role', role: `nobody-${RUN}` }]));
    await request(t.http)
      .post(`/api/users/${principal}/proxies`)
      .set(bearer[principal])
      .send({ proxy, startsAt: day(2).toISOString(), endsAt: day(5).toISOString(), reason: '出差' })
      .expect(201);
  }, SETUP_TIMEOUT);
  afterAll(() => t?.close());

  async function start(definitionKey = key) {
    const res = await request(t.http)
      .post('/api/instances')
      .set(await t.auth('staff'))
      .send({ definitionKey });
    expect(res.status).toBe(201);
    return res.body as {
      id: string;
      status: string;
      tasks: { id: string; assignee: string; onBehalfOf: string | null; proxyUntil: string | null }[];
    };
  }
  const approve = (taskId: string, who: { Authorization: string }) =>
    request(t.http).post(`/api/tasks/${taskId}/complete`).set(who).send({ outcome: 'APPROVE', data: {} });

  it('before the range the task goes to the principal', async () => {
    now = day(1);
    const started = await start();
    expect(started.tasks).toEqual([expect.objectContaining({ assignee: principal, onBehalfOf: null })]);
  });

  it('inside the range a new task goes to the proxy, with both names; the proxy may act until the end', async () => {
    now = day(3);
    const started = await start();
    expect(started.tasks).toEqual([
      expect.objectContaining({ assignee: proxy, onBehalfOf: principal, proxyUntil: day(5).toISOString() }),
    ]);
    const history = await request(t.http)
      .get(`/api/instances/${started.id}/history`)
      .set(await t.auth('auditor'))
      .expect(200);
    expect(history.body.items[1]).toMatchObject({
      type: '@approvers',
      data: { states: { review: { approvers: [{ user: proxy, onBehalfOf: principal }] } } },
    });
    const decided = await approve(started.tasks[0].id, bearer[proxy]);
    expect(decided.status).toBe(200);
    expect(decided.body.instance.state).toBe('approved');
  });

  it('after the range ends the proxy may no longer act; the principal always may', async () => {
    now = day(4);
    const started = await start();
    now = day(6);
    expect((await approve(started.tasks[0].id, bearer[proxy])).status).toBe(403);
    const byPrincipal = await approve(started.tasks[0].id, bearer[principal]);
    expect(byPrincipal.status).toBe(200);
    expect(byPrincipal.body.task).toMatchObject({ completedBy: principal, status: 'done' });
  });

  it('nobody resolved (onEmpty fail): the instance stops with an error naming the step, and the admins are told', async () => {
    const started = await start(emptyKey);
    expect(started.status).toBe('failed');
    const instance = await request(t.http)
      .get(`/api/instances/${started.id}`)
      .set(await t.auth('admin'))
      .expect(200);
    expect(instance.body.tasks).toEqual([]);
    expect(instance.body.failure).toMatchObject({ code: 'no-approvers', statePath: 'review' });
    const db = t.app.get(DataSource);
    const told = (await db.query(`SELECT recipient, data FROM notifications WHERE instance_id = $1`, [started.id])) as {
      recipient: string;
      data: Record<string, unknown>;
    }[];
    expect(told.map((n) => n.recipient)).toContain('admin');
    expect(told[0].data).toMatchObject({ code: 'no-approvers', statePath: 'review' });
    const refused = await request(t.http)
      .post(`/api/instances/${started.id}/events`)
      .set(await t.auth('staff'))
      .send({ type: 'APPROVE' });
    expect(refused.status).toBe(409);
  });
});
