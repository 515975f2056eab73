import request from 'supertest';
import { TimersService } from '../../apps/api/src/timers/timers.service';
import { publishSpec, uniqueKey } from './support/publish';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';

/** A fixed clock in the past: no other test file's timer is due before it. */
const T0 = new Date('2026-03-01T09:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;

function reminderSpec(id: string): Record<string, unknown> {
  return {
    id,
    initial: 'waiting',
    meta: { title: { zh: '等待', en: 'Waiting' }, events: { DONE: { title: { zh: '完成', en: 'Done' } } } },
    context: {},
    states: {
      waiting: { meta: { title: { zh: '等待中', en: 'Waiting' } }, on: { DONE: 'done' }, after: { P3D: 'expired' } },
      done: { type: 'final', meta: { title: { zh: '已完成', en: 'Done' } } },
      expired: { type: 'final', meta: { title: { zh: '已过期', en: 'Expired' } } },
    },
  };
}

describe('timers', () => {
  let t: TestApp;
  let now = T0;
  const key = uniqueKey('timer-reminder');

  beforeAll(async () => {
    t = await startTestApp({ clock: () => now });
    await publishSpec(t, key, reminderSpec(key));
  }, SETUP_TIMEOUT);
  afterAll(() => t?.close());

  it('fires a due timer exactly once as system, claimed by the worker query', async () => {
    now = T0;
    const staff = await t.auth('staff');
    const started = await request(t.http).post('/api/instances').set(staff).send({ definitionKey: key }).expect(201);
    const id = started.body.id;
    const timers = t.app.get(TimersService);

    now = new Date(T0.getTime() + DAY);
    await timers.fireDue();
    expect((await request(t.http).get(`/api/instances/${id}`).set(staff)).body.state).toBe('waiting');

    now = new Date(T0.getTime() + 4 * DAY);
    await timers.fireDue();
    await timers.fireDue();
    const after = await request(t.http).get(`/api/instances/${id}`).set(staff).expect(200);
    expect(after.body).toMatchObject({ state: 'expired', status: 'done', seq: 2 });
    const history = await request(t.http).get(`/api/instances/${id}/history`).set(staff).expect(200);
    expect(history.body.items[1]).toMatchObject({
      seq: 2,
      type: expect.stringMatching(/^xstate\.after\./),
      actor: 'system',
      at: now.toISOString(),
    });
    expect((await request(t.http).get(`/api/instances/${id}/verify`).set(staff)).body).toEqual({
      ok: true,
      checked: 2,
    });
  });

  it('cancels the timer when the state is left first, so it never fires', async () => {
    now = T0;
    const staff = await t.auth('staff');
    const started = await request(t.http).post('/api/instances').set(staff).send({ definitionKey: key }).expect(201);
    await request(t.http)
      .post(`/api/instances/${started.body.id}/events`)
      .set(staff)
      .send({ type: 'DONE' })
      .expect(200);
    now = new Date(T0.getTime() + 4 * DAY);
    await t.app.get(TimersService).fireDue();
    const after = await request(t.http).get(`/api/instances/${started.body.id}`).set(staff).expect(200);
    expect(after.body).toMatchObject({ state: 'done', seq: 2 });
  });

  it('refuses a timer event sent by a user', async () => {
    now = T0;
    const staff = await t.auth('staff');
    const started = await request(t.http).post('/api/instances').set(staff).send({ definitionKey: key }).expect(201);
    const res = await request(t.http)
      .post(`/api/instances/${started.body.id}/events`)
      .set(await t.auth('admin'))
      .send({ type: `xstate.after.P3D.${key}.waiting` })
      .expect(403);
    expect(res.body.message).toContain('system event');
  });
});
