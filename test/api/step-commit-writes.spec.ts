// The step commit writes every effect kind in one statement: checked here against the real
// tables (the golden SQL in libs/persistence fixes the text, this fixes what it does).
import request from 'supertest';
import { DataSource } from 'typeorm';
import { lockInstance, lockInstances } from '@liucheng/persistence';
import { inTransaction } from '../../apps/api/src/common/transaction';
import { TimersService } from '../../apps/api/src/timers/timers.service';
import { publishSpec, uniqueKey } from './support/publish';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';

const title = (en: string) => ({ zh: `中文${en}`, en });

/** review (task for leaders, 3-day timer) -APPROVE+notify-> confirm (task for the starter, 1-day timer). */
function handoverSpec(id: string): Record<string, unknown> {
  return {
    id,
    initial: 'review',
    meta: {
      title: title('Handover'),
      events: { APPROVE: { title: title('Approve') }, CONFIRM: { title: title('Confirm') } },
    },
    context: {},
    states: {
      review: {
        meta: {
          title: title('Review'),
          task: { title: title('Review it'), candidateRoles: ['leader'], outcomes: ['APPROVE'] },
        },
        after: { P3D: 'expired' },
        on: {
          APPROVE: {
            target: 'confirm',
            actions: [{ type: 'notify', params: { to: 'starter', message: title('Approved') } }],
          },
        },
      },
      confirm: {
        meta: {
          title: title('Confirm'),
          task: { title: title('Confirm it'), assignee: 'starter', outcomes: ['CONFIRM'] },
        },
        after: { P1D: 'expired' },
        on: { CONFIRM: 'done' },
      },
      done: { type: 'final', meta: { title: title('Done') } },
      expired: { type: 'final', meta: { title: title('Expired') } },
    },
  };
}

describe('the step commit against the real tables', () => {
  let t: TestApp;
  let db: DataSource;
  const key = uniqueKey('step-writes');

  beforeAll(async () => {
    t = await startTestApp();
    await publishSpec(t, key, handoverSpec(key));
    db = t.app.get(DataSource);
  }, SETUP_TIMEOUT);
  afterAll(() => t?.close());

  const tasksOf = (id: string) =>
    db.query(
      `SELECT state_path, status, outcome, completed_by, assignee FROM tasks WHERE instance_id = $1 ORDER BY created_at, state_path`,
      [id],
    );
  const timersOf = (id: string) =>
    db.query(`SELECT timer_id, status FROM timers WHERE instance_id = $1 ORDER BY timer_id`, [id]);

  it('closes and opens tasks, cancels and schedules timers, notifies and stores the idempotency answer in one step', async () => {
    const started = await request(t.http)
      .post('/api/instances')
      .set(await t.auth('staff'))
      .send({ definitionKey: key })
      .expect(201);
    const id = started.body.id as string;
    expect(await tasksOf(id)).toEqual([
      { state_path: 'review', status: 'open', outcome: null, completed_by: null, assignee: null },
    ]);
    expect(await timersOf(id)).toEqual([{ timer_id: `xstate.after.P3D.${key}.review`, status: 'scheduled' }]);

    const approved = await request(t.http)
      .post(`/api/instances/${id}/events`)
      .set(await t.auth('leader'))
      .set('Idempotency-Key', `approve-${id}`)
      .send({ type: 'APPROVE' })
      .expect(200);
    expect(approved.body).toMatchObject({ state: 'confirm', seq: 2 });

    expect(await tasksOf(id)).toEqual([
      { state_path: 'review', status: 'done', outcome: 'APPROVE', completed_by: 'leader', assignee: null },
      { state_path: 'confirm', status: 'open', outcome: null, completed_by: null, assignee: 'staff' },
    ]);
    expect(await timersOf(id)).toEqual([
      { timer_id: `xstate.after.P1D.${key}.confirm`, status: 'scheduled' },
      { timer_id: `xstate.after.P3D.${key}.review`, status: 'cancelled' },
    ]);
    expect(
      await db.query(`SELECT seq, recipient, target, message FROM notifications WHERE instance_id = $1`, [id]),
    ).toEqual([{ seq: 2, recipient: 'staff', target: 'starter', message: title('Approved') }]);
    const [answer] = await db.query(
      `SELECT response_status, response_body FROM idempotency_keys WHERE username = 'leader' AND key = $1`,
      [`approve-${id}`],
    );
    expect(answer).toEqual({ response_status: 200, response_body: approved.body });
  });

  it('marks the fired timer fired and cancels the task it moved past', async () => {
    const started = await request(t.http)
      .post('/api/instances')
      .set(await t.auth('staff'))
      .send({ definitionKey: key })
      .expect(201);
    const id = started.body.id as string;
    const fired = await t.app.get(TimersService).fire(id, 'P3D');
    expect(fired).toMatchObject({ state: 'expired', status: 'done', seq: 2 });
    expect(await tasksOf(id)).toEqual([
      { state_path: 'review', status: 'cancelled', outcome: null, completed_by: null, assignee: null },
    ]);
    expect(await timersOf(id)).toEqual([{ timer_id: `xstate.after.P3D.${key}.review`, status: 'fired' }]);
    expect(
      (
        await request(t.http)
          .get(`/api/instances/${id}/verify`)
          .set(await t.auth('admin'))
      ).body,
    ).toEqual({
      ok: true,
      checked: 2,
    });
  });

  // The event route locks through liucheng_lock_instance, the timer drain through the written-out
  // instancesLockSql: both must read the same row, open tasks and types.
  it('reads the same locked row through the lock function as through the batch lock', async () => {
    const started = await request(t.http)
      .post('/api/instances')
      .set(await t.auth('staff'))
      .send({ definitionKey: key })
      .expect(201);
    const id = started.body.id as string;
    const [one, many, staff, nobody] = await inTransaction(db, async (q) => [
      await lockInstance(q, id, null),
      await lockInstances(q, [id]),
      await lockInstance(q, id, 'staff'),
      await lockInstance(q, id, 'no-such-user'),
    ]);
    expect(one).toEqual(many[0]);
    expect(one?.open_tasks).toEqual([
      expect.objectContaining({ instance_id: id, state_path: 'review', status: 'open' }),
    ]);
    expect(one?.created_at).toBeInstanceOf(Date);
    expect(one?.actor_token_version).toBeNull();
    const [{ token_version }] = await db.query(`SELECT token_version FROM users WHERE username = 'staff'`);
    expect(staff).toEqual({ ...one, actor_token_version: token_version });
    expect(nobody?.actor_token_version).toBeNull();
    expect(await inTransaction(db, (q) => lockInstance(q, '00000000-0000-4000-8000-0000000000ff', 'staff'))).toBe(
      undefined,
    );
  });
});
