import request from 'supertest';
import { DataSource } from 'typeorm';
import { TimersService } from '../../apps/api/src/timers/timers.service';
import { publishSpec, uniqueKey } from './support/publish';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';

/**
 * A fixed clock in the past: only the timer files' own timers are due before it. This file's
 * drains must see no foreign timer of theirs, so it runs latest of them (timers-race: 2002,
 * timers-worker: 2001); their timers may be drained here, which they tolerate.
 */
const T0 = new Date('2004-03-01T09:00:00.000Z');
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

/** `waiting` fires its P1D timer only once `ready` is set; PAUSE/RESUME leave and re-enter it. */
function guardedSpec(id: string): Record<string, unknown> {
  const title = (zh: string, en: string) => ({ title: { zh, en } });
  return {
    id,
    initial: 'waiting',
    meta: {
      title: { zh: '受控计时', en: 'Guarded timer' },
      events: { READY: title('就绪', 'Ready'), PAUSE: title('暂停', 'Pause'), RESUME: title('继续', 'Resume') },
    },
    context: { ready: false },
    states: {
      waiting: {
        meta: { title: { zh: '等待中', en: 'Waiting' } },
        on: { READY: { actions: [{ type: 'set', params: { to: 'ready', value: true } }] }, PAUSE: 'paused' },
        after: { P1D: { guard: { type: 'eq', params: { field: 'context.ready', value: true } }, target: 'expired' } },
      },
      paused: { meta: { title: { zh: '已暂停', en: 'Paused' } }, on: { RESUME: 'waiting' } },
      expired: { type: 'final', meta: { title: { zh: '已过期', en: 'Expired' } } },
    },
  };
}

describe('timer incidents', () => {
  let t: TestApp;
  let now = T0;
  const key = uniqueKey('timer-incident');
  const MINUTE = 60_000;
  const at = (ms: number) => (now = new Date(T0.getTime() + ms));

  beforeAll(async () => {
    t = await startTestApp({
      clock: () => now,
      timers: { enabled: false, maxAttempts: 3, retryBaseMs: MINUTE, overdueAfterMs: MINUTE },
    });
    await publishSpec(t, key, guardedSpec(key));
  }, SETUP_TIMEOUT);
  afterAll(() => t?.close());

  async function start(): Promise<string> {
    at(0);
    const res = await request(t.http)
      .post('/api/instances')
      .set(await t.auth('staff'))
      .send({ definitionKey: key })
      .expect(201);
    return res.body.id as string;
  }
  const timersOf = async (id: string) =>
    (
      await request(t.http)
        .get(`/api/instances/${id}/timers`)
        .set(await t.auth('staff'))
        .expect(200)
    ).body.items;
  const incidentsFor = async (id: string) => {
    const res = await request(t.http)
      .get('/api/admin/timer-incidents')
      .set(await t.auth('admin'))
      .expect(200);
    return { ...res.body, items: res.body.items.filter((i: { instanceId: string }) => i.instanceId === id) };
  };
  const drain = () => t.app.get(TimersService).fireDue();

  it('retries a failing timer with backoff, then marks it failed, and never applies half an event', async () => {
    const id = await start();
    const [scheduled] = await timersOf(id);
    expect(scheduled).toMatchObject({
      instanceId: id,
      status: 'scheduled',
      dueAt: new Date(T0.getTime() + DAY).toISOString(),
      attempts: 0,
      lastError: null,
      nextAttemptAt: null,
    });
    expect((await incidentsFor(id)).items).toEqual([]);

    at(DAY + 1000);
    expect((await incidentsFor(id)).items).toEqual([]); // due 1 s ago: not yet past the grace minute
    await drain();
    const [retrying] = await timersOf(id);
    expect(retrying).toMatchObject({
      id: scheduled.id,
      status: 'scheduled',
      attempts: 1,
      nextAttemptAt: new Date(now.getTime() + MINUTE).toISOString(),
    });
    expect(retrying.lastError).toMatch(/^422 guard: /);
    const incidents = await incidentsFor(id);
    expect(incidents.items).toEqual([
      expect.objectContaining({ id: scheduled.id, kind: 'retrying', definitionKey: key, attempts: 1, lateMs: 0 }),
    ]);
    expect(incidents.worker).toMatchObject({ enabled: false, lastDrainAt: now.toISOString() });
    expect(incidents.overdueAfterMs).toBe(MINUTE);

    // Not due again before the backoff has passed.
    at(DAY + 1000 + MINUTE - 1);
    await drain();
    expect((await timersOf(id))[0].attempts).toBe(1);

    at(DAY + 1000 + MINUTE);
    await drain();
    expect((await timersOf(id))[0]).toMatchObject({
      attempts: 2,
      nextAttemptAt: new Date(now.getTime() + 2 * MINUTE).toISOString(),
    });

    at(DAY + 1000 + 3 * MINUTE);
    await drain();
    const [failed] = await timersOf(id);
    expect(failed).toMatchObject({ status: 'failed', attempts: 3, nextAttemptAt: null, failedAt: now.toISOString() });
    expect((await incidentsFor(id)).items).toEqual([expect.objectContaining({ id: scheduled.id, kind: 'failed' })]);

    // Nothing of the failed firings reached the instance or its history.
    const staff = await t.auth('staff');
    expect((await request(t.http).get(`/api/instances/${id}`).set(staff)).body).toMatchObject({
      state: 'waiting',
      seq: 1,
    });
    expect((await request(t.http).get(`/api/instances/${id}/verify`).set(staff)).body).toEqual({
      ok: true,
      checked: 1,
    });

    // A failed timer stays failed: later drains leave it alone.
    at(DAY + 10 * DAY);
    await drain();
    expect((await timersOf(id))[0]).toMatchObject({ status: 'failed', attempts: 3 });
  });

  it('fires the healthy timers of a batch and records the failing one against its own timer', async () => {
    const ids = [await start(), await start(), await start()];
    const staff = await t.auth('staff');
    for (const id of [ids[0], ids[2]]) {
      await request(t.http).post(`/api/instances/${id}/events`).set(staff).send({ type: 'READY' }).expect(200);
    }
    at(DAY);
    await drain();
    const states = [];
    for (const id of ids) states.push((await request(t.http).get(`/api/instances/${id}`).set(staff)).body.state);
    expect(states).toEqual(['expired', 'waiting', 'expired']);
    expect(await timersOf(ids[0])).toEqual([]);
    expect(await timersOf(ids[1])).toEqual([expect.objectContaining({ status: 'scheduled', attempts: 1 })]);
    expect(await timersOf(ids[2])).toEqual([]);
  });

  it('fires a failed timer once an admin retries it and its cause is gone', async () => {
    const id = await start();
    for (const ms of [DAY, DAY + MINUTE, DAY + 3 * MINUTE]) {
      at(ms);
      await drain();
    }
    const [failed] = await timersOf(id);
    expect(failed.status).toBe('failed');

    at(DAY + 10 * MINUTE);
    const staff = await t.auth('staff');
    await request(t.http).post(`/api/instances/${id}/events`).set(staff).send({ type: 'READY' }).expect(200);
    const retried = await request(t.http)
      .post(`/api/admin/timer-incidents/${failed.id}/retry`)
      .set(await t.auth('admin'))
      .expect(200);
    expect(retried.body).toMatchObject({
      id: failed.id,
      status: 'scheduled',
      attempts: 0,
      nextAttemptAt: now.toISOString(),
      failedAt: null,
    });
    const result = await drain();
    expect(result.fired).toBeGreaterThanOrEqual(1);

    expect((await request(t.http).get(`/api/instances/${id}`).set(staff)).body).toMatchObject({
      state: 'expired',
      status: 'done',
      seq: 3,
    });
    const history = await request(t.http).get(`/api/instances/${id}/history`).set(staff).expect(200);
    expect(history.body.items.map((e: { type: string; actor: string }) => [e.type, e.actor])).toEqual([
      ['@start', 'staff'],
      ['READY', 'staff'],
      [expect.stringMatching(/^xstate\.after\.P1D\./), 'system'],
    ]);
    expect((await request(t.http).get(`/api/instances/${id}/verify`).set(staff)).body).toEqual({
      ok: true,
      checked: 3,
    });
    expect(await timersOf(id)).toEqual([]);
    expect((await incidentsFor(id)).items).toEqual([]);

    // Retrying what is no incident (any more) is a 409 with a stable reason.
    const again = await request(t.http)
      .post(`/api/admin/timer-incidents/${failed.id}/retry`)
      .set(await t.auth('admin'))
      .expect(409);
    expect(again.body.details).toEqual({ reason: 'not-an-incident' });
  });

  it('starts the attempts afresh when the state is left and entered again', async () => {
    const id = await start();
    at(DAY);
    await drain();
    expect((await timersOf(id))[0]).toMatchObject({ attempts: 1 });

    const staff = await t.auth('staff');
    at(DAY + MINUTE / 2);
    await request(t.http).post(`/api/instances/${id}/events`).set(staff).send({ type: 'PAUSE' }).expect(200);
    expect(await timersOf(id)).toEqual([]);
    await request(t.http).post(`/api/instances/${id}/events`).set(staff).send({ type: 'RESUME' }).expect(200);
    expect(await timersOf(id)).toEqual([
      expect.objectContaining({
        status: 'scheduled',
        dueAt: new Date(now.getTime() + DAY).toISOString(),
        attempts: 0,
        nextAttemptAt: null,
        lastError: null,
      }),
    ]);
    // The old backoff (one minute after the failure) does not fire it early.
    at(DAY + 2 * MINUTE);
    await drain();
    expect((await timersOf(id))[0]).toMatchObject({ attempts: 0, status: 'scheduled' });
  });

  it('lists a timer the worker has not fired as overdue, with the lag', async () => {
    const id = await start();
    at(DAY + 5 * MINUTE);
    const incidents = await incidentsFor(id);
    expect(incidents.items).toEqual([
      expect.objectContaining({ instanceId: id, kind: 'overdue', attempts: 0, lateMs: 5 * MINUTE }),
    ]);
    expect(incidents.lagMs).toBeGreaterThanOrEqual(5 * MINUTE);
  });

  it('retires, without an incident, a timer whose state no longer takes its event', async () => {
    const id = await start();
    const staff = await t.auth('staff');
    await request(t.http).post(`/api/instances/${id}/events`).set(staff).send({ type: 'PAUSE' }).expect(200);
    // A timer row that outlived its state (as one left behind by an older release would).
    await t.app
      .get(DataSource)
      .query(`UPDATE timers SET status = 'scheduled' WHERE instance_id = $1 AND status = 'cancelled'`, [id]);
    expect(await timersOf(id)).toHaveLength(1);
    at(DAY * 2);
    await drain();
    expect(await timersOf(id)).toEqual([]);
    const [row] = await t.app
      .get(DataSource)
      .query(`SELECT status, attempts, last_error FROM timers WHERE instance_id = $1`, [id]);
    expect(row).toEqual({ status: 'cancelled', attempts: 0, last_error: null });
    expect((await request(t.http).get(`/api/instances/${id}`).set(staff)).body).toMatchObject({
      state: 'paused',
      seq: 2,
    });
  });

  it('answers a bad or unknown incident id with 400 and 404', async () => {
    const admin = await t.auth('admin');
    const bad = await request(t.http).post('/api/admin/timer-incidents/not-a-uuid/retry').set(admin).expect(400);
    expect(bad.body.details.errors).toEqual([{ path: '/id', message: 'must be a UUID' }]);
    await request(t.http)
      .post('/api/admin/timer-incidents/00000000-0000-4000-8000-000000000000/retry')
      .set(admin)
      .expect(404);
    await request(t.http).get('/api/instances/00000000-0000-4000-8000-000000000000/timers').set(admin).expect(404);
  });
});
