// The drain's batch path: a batch reads all its instances in one statement and sends their step
// statements together with COMMIT. More due timers than one batch holds all fire, and an instance
// with two timers due in one batch steps the second from the first one's result.
import request from 'supertest';
import { DataSource } from 'typeorm';
import { TimerDrainService } from '../../apps/api/src/timers/timer-drain.service';
import { TimersService } from '../../apps/api/src/timers/timers.service';
import { publishSpec, uniqueKey } from './support/publish';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';

/**
 * Before every other timer file's clock (task-timers: 1999, timers-worker: 2001, timers: 2004), so
 * this file's drains see only its own timers and can count them; the other files' drains may fire
 * these (every assertion holds whoever fired them). A new timer file must keep a later clock.
 */
const T0 = new Date('1998-06-01T00:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;
/** Odd, so some batches hold both timers of an instance and some split them. */
const BATCH = 3;

/**
 * Two parallel regions, each with its own P1D timer: both fall due at the same moment. Each
 * firing counts in `fired`, a searchable field, so the search table follows the drain's steps.
 */
function twoTimerSpec(id: string): Record<string, unknown> {
  const region = (zh: string, en: string) => ({
    initial: 'waiting',
    states: {
      waiting: {
        meta: { title: { zh: `${zh}等待中`, en: `${en} waiting` } },
        after: { P1D: { target: 'late', actions: [{ type: 'increment', params: { to: 'fired' } }] } },
      },
      late: { type: 'final', meta: { title: { zh: `${zh}已超时`, en: `${en} late` } } },
    },
  });
  return {
    id,
    initial: 'both',
    meta: { title: { zh: '双计时', en: 'Two timers' }, search: ['fired'] },
    context: {},
    states: {
      both: {
        type: 'parallel',
        meta: { title: { zh: '并行等待', en: 'Waiting in parallel' } },
        states: { left: region('左', 'Left'), right: region('右', 'Right') },
        onDone: 'expired',
      },
      expired: { type: 'final', meta: { title: { zh: '已过期', en: 'Expired' } } },
    },
  };
}

describe('the timer drain batch path', () => {
  let t: TestApp;
  let now = T0;
  const key = uniqueKey('timer-batch');

  beforeAll(async () => {
    // Small batches, so a few instances span several of them.
    t = await startTestApp({ clock: () => now, timers: { enabled: false, batchSize: BATCH } });
    await publishSpec(t, key, twoTimerSpec(key));
  }, SETUP_TIMEOUT);
  afterAll(() => t?.close());

  it('fires every timer of more instances than a batch holds, two per instance, each exactly once', async () => {
    now = T0;
    const staff = await t.auth('staff');
    const ids: string[] = [];
    for (let i = 0; i < 3 * BATCH + 1; i++) {
      const res = await request(t.http).post('/api/instances').set(staff).send({ definitionKey: key }).expect(201);
      expect(res.body.state).toEqual({ both: { left: 'waiting', right: 'waiting' } });
      ids.push(res.body.id);
    }

    now = new Date(T0.getTime() + 2 * DAY);
    const drain = t.app.get(TimerDrainService);
    const drained = await t.app.get(TimersService).fireDue();
    // Every batch went the fast way: a second timer stepped from a stale row would fail its
    // statement (seq taken) and send the batch the careful way.
    expect(drain.carefulBatches).toBe(0);
    // Nothing failed and nothing was retired; another file's drain may have fired some of these.
    expect(drained).toMatchObject({ retired: 0, retried: 0, failed: 0 });
    expect(drained.fired).toBeLessThanOrEqual(2 * ids.length);

    const timers = (await t.app
      .get(DataSource)
      .query(`SELECT instance_id, status, attempts FROM timers WHERE instance_id = ANY($1::uuid[])`, [ids])) as {
      instance_id: string;
      status: string;
      attempts: number;
    }[];
    expect(timers).toHaveLength(2 * ids.length);
    expect(timers.filter((x) => x.status !== 'fired' || x.attempts !== 0)).toEqual([]);

    for (const id of ids) {
      const instance = await request(t.http).get(`/api/instances/${id}`).set(staff).expect(200);
      expect(instance.body).toMatchObject({ state: 'expired', status: 'done', seq: 3 });
      const history = await request(t.http).get(`/api/instances/${id}/history`).set(staff).expect(200);
      expect(history.body.items.map((e: { seq: number; type: string; actor: string }) => [e.seq, e.actor])).toEqual([
        [1, 'staff'],
        [2, 'system'],
        [3, 'system'],
      ]);
      expect(new Set(history.body.items.slice(1).map((e: { type: string }) => e.type)).size).toBe(2);
      expect((await request(t.http).get(`/api/instances/${id}/verify`).set(staff)).body).toEqual({
        ok: true,
        checked: 3,
      });
    }

    // Both firings reached the search table, the second stepping from the first (often in one batch).
    const counted = await t.app
      .get(DataSource)
      .query(
        `SELECT num::int AS n FROM instance_search_values WHERE instance_id = ANY($1::uuid[]) AND field = 'fired'`,
        [ids],
      );
    expect(counted).toEqual(ids.map(() => ({ n: 2 })));

    // A second drain finds nothing left to fire.
    expect(await t.app.get(TimersService).fireDue()).toEqual({ fired: 0, retired: 0, retried: 0, failed: 0 });
  });
});
