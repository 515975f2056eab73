// Reminders (催办) and the timeout (超时) of a plain task (not an approval step), fired by the
// timer worker's drain against the app's injectable clock: no sleeping.
import request from 'supertest';
import { TimersService } from '../../apps/api/src/timers/timers.service';
import { publishSpec, uniqueKey } from './support/publish';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';

/** This file's clock year is 2006; it asserts only about its own instances, whoever fires their timers. */
const T0 = Date.parse('2006-03-01T01:00:00.000Z');
const HOUR = 60 * 60 * 1000;
const text = (zh: string, en: string) => ({ zh, en });

/** `review` is a plain task of the leaders and finance with reminders and a timeout; RETURN sends it back to the starter. */
function timedPlainSpec(id: string): Record<string, unknown> {
  return {
    id,
    initial: 'review',
    context: {},
    meta: {
      title: text('普通任务定时', 'Timed plain task'),
      events: {
        ACCEPT: { title: text('通过', 'Accept'), schema: { type: 'object', properties: {} } },
        RETURN: { title: text('退回', 'Send back'), schema: { type: 'object', properties: {} } },
        RESUBMIT: { title: text('重新提交', 'Resubmit'), schema: { type: 'object', properties: {} } },
        EXPIRE: { title: text('过期关闭', 'Close as expired') },
      },
    },
    states: {
      review: {
        meta: {
          task: {
            title: text('审阅报告', 'Review the report'),
            candidateRoles: ['leader', 'finance'],
            outcomes: ['ACCEPT', 'RETURN'],
            remind: { after: 'PT4H', repeat: { every: 'PT2H', times: 1 } },
            timeout: { after: 'P1D', event: 'EXPIRE' },
          },
        },
        on: { ACCEPT: 'accepted', RETURN: 'draft', EXPIRE: 'expired' },
      },
      draft: {
        meta: { task: { title: text('修改报告', 'Revise'), assignee: 'starter', outcomes: ['RESUBMIT'] } },
        on: { RESUBMIT: 'review' },
      },
      accepted: { type: 'final' },
      expired: { type: 'final' },
    },
  };
}

describe('plain task reminders and timeout over HTTP', () => {
  let t: TestApp;
  let now = T0;
  const key = uniqueKey('plain-timers');

  beforeAll(async () => {
    t = await startTestApp({ clock: () => new Date(now) });
    await publishSpec(t, key, timedPlainSpec(key));
  }, SETUP_TIMEOUT);
  afterAll(() => t?.close());

  const at = (hours: number) => new Date(T0 + hours * HOUR).toISOString();
  const drainAt = async (hours: number) => {
    now = T0 + hours * HOUR;
    await t.app.get(TimersService).fireDue();
  };
  async function start(): Promise<string> {
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
  const timersOf = async (id: string) =>
    (
      await request(t.http)
        .get(`/api/instances/${id}/timers`)
        .set(await t.auth('staff'))
        .expect(200)
    ).body.items as { timerId: string; dueAt: string; purpose: { kind: string } }[];
  const history = async (id: string) =>
    (
      await request(t.http)
        .get(`/api/instances/${id}/history`)
        .set(await t.auth('auditor'))
        .expect(200)
    ).body.items as { type: string; actor: string; at: string }[];
  /** When `user` was reminded of instance `id` (the notifications' times). */
  async function remindedAt(user: string, id: string): Promise<string[]> {
    const res = await request(t.http)
      .get('/api/notifications?limit=100')
      .set(await t.auth(user))
      .expect(200);
    return (
      res.body.items as {
        instanceId: string;
        createdAt: string;
        data: { statePath?: string } | null;
        message: { en: string };
      }[]
    )
      .filter((n) => n.instanceId === id && n.message.en.startsWith('Reminder:'))
      .map((n) => n.createdAt)
      .sort();
  }

  it('reminds the task’s candidates after the delay and once more, then times out through the definition’s transition', async () => {
    const id = await start();
    expect((await timersOf(id)).map((x) => [x.timerId, x.dueAt, x.purpose.kind])).toEqual([
      ['@remind.review', at(4), 'remind'],
      ['@remind.review#2', at(6), 'remind'],
      ['@timeout.review', at(24), 'timeout'],
    ]);
    const [task] = (await get(id)).tasks;
    expect(task).toMatchObject({ statePath: 'review', dueAt: at(24) });

    await drainAt(3.9);
    expect(await remindedAt('leader', id)).toEqual([]);
    await drainAt(4);
    // Unclaimed: the members of its candidate roles are reminded; the starter is not.
    expect(await remindedAt('leader', id)).toEqual([at(4)]);
    expect(await remindedAt('finance', id)).toEqual([at(4)]);
    expect(await remindedAt('staff', id)).toEqual([]);
    await drainAt(6);
    expect(await remindedAt('leader', id)).toEqual([at(4), at(6)]);

    await drainAt(24);
    const expired = await get(id);
    expect(expired).toMatchObject({ state: 'expired', status: 'done', tasks: [] });
    const closed = await request(t.http)
      .get(`/api/tasks/${task.id}`)
      .set(await t.auth('leader'))
      .expect(200);
    expect(closed.body.status).toBe('cancelled');
    expect((await history(id)).map((e) => `${e.type} ${e.actor} ${e.at}`)).toEqual([
      `@start staff ${at(0)}`,
      `@remind.review system ${at(4)}`,
      `@remind.review system ${at(6)}`,
      `@timeout.review system ${at(24)}`,
    ]);
    expect(await timersOf(id)).toEqual([]);
    const verify = await request(t.http)
      .get(`/api/instances/${id}/verify`)
      .set(await t.auth('auditor'))
      .expect(200);
    expect(verify.body).toEqual({ ok: true, checked: 4 });
  });

  it('reminds the claimant once claimed; a send-back cancels the round and the reopened task starts afresh', async () => {
    const id = await start();
    const [task] = (await get(id)).tasks;
    await request(t.http)
      .post(`/api/tasks/${task.id}/claim`)
      .set(await t.auth('leader'))
      .expect(200);
    await drainAt(4);
    // Claimed: only the claimant is reminded, no longer the other candidates.
    expect(await remindedAt('leader', id)).toEqual([at(4)]);
    expect(await remindedAt('finance', id)).toEqual([]);

    now = T0 + 5 * HOUR;
    await request(t.http)
      .post(`/api/tasks/${task.id}/complete`)
      .set(await t.auth('leader'))
      .send({ outcome: 'RETURN', data: {} })
      .expect(200);
    expect(await timersOf(id)).toEqual([]);
    await drainAt(30);
    expect((await get(id)).state).toBe('draft');
    expect(await remindedAt('leader', id)).toEqual([at(4)]);

    const draft = (await get(id)).tasks[0];
    await request(t.http)
      .post(`/api/tasks/${draft.id}/complete`)
      .set(await t.auth('staff'))
      .send({ outcome: 'RESUBMIT', data: {} })
      .expect(200);
    expect((await timersOf(id)).map((x) => [x.timerId, x.dueAt])).toEqual([
      ['@remind.review', at(34)],
      ['@remind.review#2', at(36)],
      ['@timeout.review', at(54)],
    ]);
    await drainAt(34);
    expect(await remindedAt('leader', id)).toEqual([at(4), at(34)]);
    now = T0 + 35 * HOUR;
    const reopened = (await get(id)).tasks[0];
    await request(t.http)
      .post(`/api/tasks/${reopened.id}/complete`)
      .set(await t.auth('leader'))
      .send({ outcome: 'ACCEPT', data: {} })
      .expect(200);
    expect(await timersOf(id)).toEqual([]);
    expect((await get(id)).state).toBe('accepted');
  });
});
