// Two approvers of one approval step deciding at the same moment, through two app instances on
// one database (each with its own connection pool, like two API processes): the row lock orders
// them, so exactly one outcome is reached and both decisions are in the history.
import request from 'supertest';
import { purchaseApprovalSpec } from './support/approval-definitions';
import { publishSpec, uniqueKey } from './support/publish';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';

const ROUNDS = 8;

interface TaskBody {
  id: string;
  assignee: string;
  status: string;
}

describe('approval decisions racing on two app instances', () => {
  let a: TestApp;
  let b: TestApp;
  const allKey = uniqueKey('approval-race-all');
  const anyKey = uniqueKey('approval-race-any');

  beforeAll(async () => {
    a = await startTestApp();
    b = await startTestApp({ workflowsDir: false });
    await publishSpec(a, allKey, purchaseApprovalSpec(allKey));
    await publishSpec(a, anyKey, purchaseApprovalSpec(anyKey, { mode: 'any' }));
  }, SETUP_TIMEOUT);
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  /** An instance waiting in the finance step: the manager (leader) approved. */
  async function atFinance(key: string): Promise<{ id: string; tasks: TaskBody[] }> {
    const started = await request(a.http)
      .post('/api/instances')
      .set(await a.auth('staff'))
      .send({ definitionKey: key, input: { item: '服务器', amount: 50_000 } })
      .expect(201);
    const manager = started.body.tasks[0] as TaskBody;
    const approved = await request(a.http)
      .post(`/api/tasks/${manager.id}/complete`)
      .set(await a.auth('leader'))
      .send({ outcome: 'APPROVE', data: {} })
      .expect(200);
    expect(approved.body.instance.state).toBe('finance');
    return { id: started.body.id, tasks: approved.body.instance.tasks };
  }

  const decideOn = (app: TestApp, user: string, task: TaskBody) => async () =>
    request(app.http)
      .post(`/api/tasks/${task.id}/complete`)
      .set(await app.auth(user))
      .send({ outcome: 'APPROVE', data: {} });

  async function history(id: string): Promise<string[]> {
    const res = await request(a.http)
      .get(`/api/instances/${id}/history`)
      .set(await a.auth('auditor'))
      .expect(200);
    return res.body.items.map((e: { type: string; actor: string }) => `${e.type}:${e.actor}`);
  }

  it(`会签: both finance approvals at once (${ROUNDS} rounds) move the instance on exactly once`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { id, tasks } = await atFinance(allKey);
      const byUser = (u: string) => tasks.find((x) => x.assignee === u)!;
      const [first, second] = await Promise.all([
        decideOn(a, 'finance', byUser('finance'))(),
        decideOn(b, 'branch-finance', byUser('branch-finance'))(),
      ]);
      expect([first.status, second.status]).toEqual([200, 200]);
      // Whichever committed second saw the first and decided the step.
      expect([first.body.instance.state, second.body.instance.state].sort()).toEqual(['finance', 'legal']);
      const entries = await history(id);
      expect(entries.filter((e) => e.startsWith('APPROVE:'))).toHaveLength(3);
      expect(entries.filter((e) => e === '@approvers:system')).toHaveLength(3);
      const instance = await request(a.http)
        .get(`/api/instances/${id}`)
        .set(await a.auth('admin'))
        .expect(200);
      expect(instance.body.state).toBe('legal');
      expect(instance.body.tasks.map((x: TaskBody) => x.assignee)).toEqual(['legal']);
      const verified = await request(b.http)
        .get(`/api/instances/${id}/verify`)
        .set(await b.auth('auditor'));
      expect(verified.body).toEqual({ ok: true, checked: entries.length });
    }
  });

  it(`或签: two approvers at once (${ROUNDS} rounds): one decides, the other is refused, nothing doubles`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { id, tasks } = await atFinance(anyKey);
      const byUser = (u: string) => tasks.find((x) => x.assignee === u)!;
      const answers = await Promise.all([
        decideOn(a, 'finance', byUser('finance'))(),
        decideOn(b, 'branch-finance', byUser('branch-finance'))(),
      ]);
      expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
      const entries = await history(id);
      expect(entries.filter((e) => e.startsWith('APPROVE:'))).toHaveLength(2);
      const instance = await request(a.http)
        .get(`/api/instances/${id}`)
        .set(await a.auth('admin'))
        .expect(200);
      expect(instance.body.state).toBe('legal');
    }
  });
});
