// Reminders (催办) and timeouts (超时) of an approval step, fired by the timer worker's drain
// against the app's injectable clock: no sleeping.
import request from 'supertest';
import { TimersService } from '../../apps/api/src/timers/timers.service';
import { publishSpec, uniqueKey } from './support/publish';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';

/**
 * Before every other timer file's clock (timer-batch: 2000), so this file's drains see only its
 * own timers. The final counts hold whoever fires them; the step-by-step ones assume no other
 * file drains at the same moment (Jest runs the API files one at a time here).
 */
const T0 = Date.parse('1999-03-01T01:00:00.000Z');
const HOUR = 60 * 60 * 1000;

const text = (zh: string, en: string) => ({ zh, en });
const decision = { type: 'object', properties: { comment: { type: 'string' } } };

/** The starter drafts; `review` is the applicant's manager (leader) with the given timers. */
function timedSpec(id: string, timers: Record<string, unknown>): Record<string, unknown> {
  return {
    id,
    initial: 'review',
    context: {},
    meta: {
      title: text('定时审批', 'Timed approval'),
      events: {
        APPROVE: { title: text('同意', 'Approve'), schema: decision },
        REJECT: { title: text('不同意', 'Reject'), schema: decision },
        RESUBMIT: { title: text('重新提交', 'Resubmit'), schema: { type: 'object' } },
      },
    },
    states: {
      draft: {
        meta: { task: { title: text('修改申请', 'Revise'), assignee: 'starter', outcomes: ['RESUBMIT'] } },
        on: { RESUBMIT: 'review' },
      },
      review: {
        meta: {
          task: {
            title: text('主管审批', 'Manager approval'),
            outcomes: ['APPROVE', 'REJECT'],
            approval: { approvers: [{ kind: 'manager' }], sendBackTo: ['draft'], ...timers },
          },
        },
        on: { APPROVE: 'approved', REJECT: 'rejected' },
      },
      approved: { type: 'final' },
      rejected: { type: 'final' },
    },
  };
}

interface Timer {
  timerId: string;
  dueAt: string;
  statePath: string;
  purpose: { kind: string; action?: string | null };
}

describe('task reminders and timeouts over HTTP', () => {
  let t: TestApp;
  let now = T0;
  const keys = {
    remind: uniqueKey('remind'),
    approve: uniqueKey('timeout-approve'),
    reject: uniqueKey('timeout-reject'),
    escalate: uniqueKey('timeout-escalate'),
  };

  beforeAll(async () => {
    t = await startTestApp({ clock: () => new Date(now) });
    const remind = { remind: { after: 'PT4H', repeat: { every: 'PT2H', times: 2 } } };
    await publishSpec(t, keys.remind, timedSpec(keys.remind, remind));
    await publishSpec(t, keys.approve, timedSpec(keys.approve, { timeout: { after: 'P1D', action: 'approve' } }));
    await publishSpec(t, keys.reject, timedSpec(keys.reject, { timeout: { after: 'P1D', action: 'reject' } }));
    await publishSpec(t, keys.escalate, timedSpec(keys.escalate, { timeout: { after: 'P1D', action: 'escalate' } }));
  }, SETUP_TIMEOUT);
  afterAll(() => t?.close());

  const at = (hours: number) => new Date(T0 + hours * HOUR).toISOString();
  const drainAt = async (hours: number) => {
    now = T0 + hours * HOUR;
    return t.app.get(TimersService).fireDue();
  };
  async function start(key: string): Promise<string> {
    now = T0;
    const res = await request(t.http)
      .post('/api/instances')
      .set(await t.auth('staff'))
      .send({ definitionKey: key })
      .expect(201);
    return res.body.id as string;
  }
  const get = async (id: string) =>
    (
      await request(t.http)
        .get(`/api/instances/${id}`)
        .set(await t.auth('admin'))
        .expect(200)
    ).body;
  const timersOf = async (id: string): Promise<Timer[]> =>
    (
      await request(t.http)
        .get(`/api/instances/${id}/timers`)
        .set(await t.auth('staff'))
        .expect(200)
    ).body.items;
  const history = async (id: string) =>
    (
      await request(t.http)
        .get(`/api/instances/${id}/history`)
        .set(await t.auth('auditor'))
        .expect(200)
    ).body.items as { type: string; actor: string; at: string; data: Record<string, unknown> }[];
  const verify = async (id: string) =>
    (
      await request(t.http)
        .get(`/api/instances/${id}/verify`)
        .set(await t.auth('auditor'))
        .expect(200)
    ).body;
  async function inboxRow(id: string) {
    const res = await request(t.http)
      .get('/api/tasks?status=open')
      .set(await t.auth('leader'))
      .expect(200);
    return (res.body.items as { instanceId: string }[]).find((x) => x.instanceId === id);
  }
  async function remindersTo(user: string, id: string): Promise<number[]> {
    const res = await request(t.http)
      .get('/api/notifications?limit=100')
      .set(await t.auth(user))
      .expect(200);
    return (res.body.items as { instanceId: string; data: { reminder?: number } | null }[])
      .filter((n) => n.instanceId === id && typeof n.data?.reminder === 'number')
      .map((n) => n.data!.reminder!)
      .sort();
  }

  it('reminds the current approver after the delay, repeats twice, then stops', async () => {
    const id = await start(keys.remind);
    expect(await timersOf(id)).toEqual([
      expect.objectContaining({ timerId: '@remind.review', dueAt: at(4), purpose: { kind: 'remind' } }),
    ]);
    await drainAt(3.9);
    expect(await remindersTo('leader', id)).toEqual([]);
    await drainAt(4);
    expect(await remindersTo('leader', id)).toEqual([1]);
    expect((await timersOf(id)).map((x) => x.dueAt)).toEqual([at(6)]);
    await drainAt(6);
    await drainAt(8);
    expect(await remindersTo('leader', id)).toEqual([1, 2, 3]);
    expect(await timersOf(id)).toEqual([]);
    await drainAt(48);
    expect(await remindersTo('leader', id)).toEqual([1, 2, 3]);
    const entries = (await history(id)).filter((e) => e.type === '@remind.review');
    expect(entries.map((e) => [e.actor, e.at])).toEqual([
      ['system', at(4)],
      ['system', at(6)],
      ['system', at(8)],
    ]);
    expect(await verify(id)).toMatchObject({ ok: true });
    expect((await get(id)).state).toBe('review');
  });

  it('a send-back cancels the round’s reminders; the reopened round reminds afresh from its reopening', async () => {
    const id = await start(keys.remind);
    await drainAt(4);
    expect(await remindersTo('leader', id)).toEqual([1]);
    now = T0 + 5 * HOUR;
    const task = (await get(id)).tasks.find((x: { assignee: string }) => x.assignee === 'leader');
    await request(t.http)
      .post(`/api/tasks/${task.id}/send-back`)
      .set(await t.auth('leader'))
      .send({ to: 'draft', reason: '请补充报价' })
      .expect(200);
    expect(await timersOf(id)).toEqual([]);
    await drainAt(20);
    expect(await remindersTo('leader', id)).toEqual([1]);
    const draft = (await get(id)).tasks.find((x: { statePath: string }) => x.statePath === 'draft');
    await request(t.http)
      .post(`/api/tasks/${draft.id}/complete`)
      .set(await t.auth('staff'))
      .send({ outcome: 'RESUBMIT', data: {} })
      .expect(200);
    expect((await timersOf(id)).map((x) => [x.timerId, x.dueAt])).toEqual([['@remind.review', at(24)]]);
    await drainAt(24);
    const notices = await request(t.http)
      .get('/api/notifications?limit=100')
      .set(await t.auth('leader'))
      .expect(200);
    const slots = (notices.body.items as { instanceId: string; data: { reminder?: number; slot?: string } | null }[])
      .filter((n) => n.instanceId === id && n.data?.reminder)
      .map((n) => `${n.data!.slot}#${n.data!.reminder}`)
      .sort();
    // Round 1 reminded once; the reopened round 2 starts its count again.
    expect(slots).toEqual(['1.1#1', '2.1#1']);
    expect(await verify(id)).toMatchObject({ ok: true });
  });

  it('timeout approve: the step passes as system when nobody decided, and the task showed that due time', async () => {
    const id = await start(keys.approve);
    const [task] = (await get(id)).tasks;
    expect(task).toMatchObject({ assignee: 'leader', dueAt: at(24) });
    expect(await timersOf(id)).toEqual([
      expect.objectContaining({ timerId: '@timeout.review', purpose: { kind: 'timeout', action: 'approve' } }),
    ]);
    await drainAt(23);
    expect((await get(id)).state).toBe('review');
    expect(await inboxRow(id)).toMatchObject({ dueAt: at(24), overdue: false });
    now = T0 + 24.5 * HOUR;
    // Due and not yet fired (the worker is late): the inbox row says overdue.
    expect(await inboxRow(id)).toMatchObject({ dueAt: at(24), overdue: true });
    await drainAt(25);
    expect(await get(id)).toMatchObject({ state: 'approved', status: 'done' });
    const last = (await history(id)).at(-1)!;
    expect(last).toMatchObject({ type: '@timeout.review', actor: 'system', at: at(25) });
    expect(await verify(id)).toMatchObject({ ok: true });
  });

  it('timeout reject: the step is rejected as system', async () => {
    const id = await start(keys.reject);
    await drainAt(24);
    expect(await get(id)).toMatchObject({ state: 'rejected', status: 'done' });
    expect(await verify(id)).toMatchObject({ ok: true });
  });

  it('timeout escalate: the task passes to the approver’s manager (leader → hq), recorded in history', async () => {
    const id = await start(keys.escalate);
    await drainAt(24);
    const after = await get(id);
    expect(after.state).toBe('review');
    expect(after.tasks.map((x: { assignee: string; dueAt: string }) => [x.assignee, x.dueAt])).toEqual([
      ['hq', at(48)],
    ]);
    const entries = await history(id);
    expect(entries.slice(-2).map((e) => [e.type, e.actor])).toEqual([
      ['@timeout.review', 'system'],
      ['@escalate', 'system'],
    ]);
    expect(entries.at(-1)!.data).toEqual({ statePath: 'review', slots: [{ slot: '1.1', to: 'hq' }] });
    expect((await timersOf(id)).map((x) => x.dueAt)).toEqual([at(48)]);
    const hqTask = after.tasks[0];
    await request(t.http)
      .post(`/api/tasks/${hqTask.id}/complete`)
      .set(await t.auth('hq'))
      .send({ outcome: 'APPROVE', data: {} })
      .expect(200);
    expect((await get(id)).state).toBe('approved');
    expect(await timersOf(id)).toEqual([]);
    expect(await verify(id)).toMatchObject({ ok: true });
  });

  it('an undrained reminder shows as overdue to the admin, with the worker lag', async () => {
    const id = await start(keys.remind);
    now = T0 + 10 * HOUR;
    const res = await request(t.http)
      .get('/api/admin/timer-incidents')
      .set(await t.auth('admin'))
      .expect(200);
    const mine = (res.body.items as { instanceId: string; kind: string; lateMs: number; purpose: unknown }[]).find(
      (x) => x.instanceId === id,
    );
    expect(mine).toMatchObject({ kind: 'overdue', lateMs: 6 * HOUR, purpose: { kind: 'remind' } });
    expect(res.body.lagMs).toBeGreaterThanOrEqual(6 * HOUR);
    await drainAt(10);
    expect(await remindersTo('leader', id)).toEqual([1]);
  });

  it('refuses a task timer event sent by a user', async () => {
    const id = await start(keys.approve);
    const res = await request(t.http)
      .post(`/api/instances/${id}/events`)
      .set(await t.auth('admin'))
      .send({ type: '@timeout.review' })
      .expect(403);
    expect(res.body.message).toContain('approval action');
  });
});
