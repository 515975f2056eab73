// The real wake-up loop: a worker whose safety-net interval is far longer than the test still
// fires a timer when it is due, because it sleeps until the next due time; and a timer scheduled
// after the worker went to sleep is picked up by that interval.
import request from 'supertest';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { EventPathService } from '../../apps/api/src/instances/event-path.service';
import { TimerDrainService } from '../../apps/api/src/timers/timer-drain.service';
import { publishSpec, uniqueKey } from './support/publish';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';

/** Real time moved back to 2001, before every other test file's timers (see timers.spec.ts). */
const OFFSET = Date.now() - Date.parse('2001-01-01T00:00:00.000Z');
const clock = () => new Date(Date.now() - OFFSET);

function waitSpec(id: string): Record<string, unknown> {
  return {
    id,
    initial: 'waiting',
    meta: { title: { zh: '等待', en: 'Wait' } },
    context: { wait: 1000 },
    states: {
      waiting: { meta: { title: { zh: '等待中', en: 'Waiting' } }, after: { 'context.wait': 'expired' } },
      expired: { type: 'final', meta: { title: { zh: '已过期', en: 'Expired' } } },
    },
  };
}

describe('the timer worker loop', () => {
  let creator: TestApp;
  const key = uniqueKey('timer-worker');

  beforeAll(async () => {
    creator = await startTestApp({ clock });
    await publishSpec(creator, key, waitSpec(key));
  }, SETUP_TIMEOUT);
  afterAll(() => creator?.close());

  /** An app whose worker runs for the duration of `work` only. */
  async function withWorker(intervalMs: number, work: (worker: TestApp) => Promise<void>): Promise<void> {
    const worker = await startTestApp({ clock, workflowsDir: false, timers: { enabled: true, intervalMs } });
    try {
      await work(worker);
    } finally {
      await worker.close();
    }
  }

  /**
   * Starts an instance through the event path itself rather than HTTP: the request guard's
   * query runs outside a transaction, which embedded PGlite could interleave with the worker's.
   */
  async function startWaiting(waitMs: number): Promise<string> {
    const staff = { username: 'staff', displayName: 'staff', roles: ['staff'] };
    const instance = await creator.app
      .get(EventPathService)
      .start(staff, { definitionKey: key, input: { wait: waitMs } });
    return instance.id;
  }

  /**
   * Polls (real time) until the instance's timer has fired; its history's second entry. A
   * parameter-free query: on embedded PGlite a parameterised one could be split by the worker's.
   */
  async function firedEntry(id: string, withinMs: number): Promise<{ type: string; actor: string; at: string }> {
    if (!/^[0-9a-f-]{36}$/.test(id)) throw new Error(`not a uuid: ${id}`);
    const deadline = Date.now() + withinMs;
    while (Date.now() < deadline) {
      const found = (await creator.app
        .get(DataSource)
        .query(
          `SELECT type, actor, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at FROM instance_events WHERE instance_id = '${id}' AND seq = 2`,
        )) as { type: string; actor: string; at: string }[];
      if (found.length > 0) return found[0];
      await sleep(100);
    }
    throw new Error(`timer of ${id} did not fire within ${withinMs} ms`);
  }

  it(
    'wakes at the next due time although its interval is two minutes',
    async () => {
      const id = await startWaiting(6000);
      await withWorker(120_000, async (worker) => {
        const entry = await firedEntry(id, 30_000);
        expect(entry).toMatchObject({ type: expect.stringMatching(/^xstate\.after\./), actor: 'system' });
        // Fired by this file's clock (2001), i.e. by this worker, not by another file's drain.
        expect(entry.at.startsWith('2001-')).toBe(true);
        expect(worker.app.get(TimerDrainService).totals.fired).toBeGreaterThanOrEqual(1);
      });
      const instance = await request(creator.http)
        .get(`/api/instances/${id}`)
        .set(await creator.auth('staff'))
        .expect(200);
      expect(instance.body).toMatchObject({ state: 'expired', status: 'done', seq: 2 });
    },
    SETUP_TIMEOUT,
  );

  it(
    'sees a timer scheduled after it went to sleep within its interval',
    async () => {
      await withWorker(300, async (worker) => {
        const before = worker.app.get(TimerDrainService).lastDrainAt;
        const id = await startWaiting(50);
        const entry = await firedEntry(id, 30_000);
        expect(entry).toMatchObject({ actor: 'system' });
        expect(entry.at.startsWith('2001-')).toBe(true);
        expect(worker.app.get(TimerDrainService).lastDrainAt?.getTime()).toBeGreaterThan(before?.getTime() ?? 0);
      });
    },
    SETUP_TIMEOUT,
  );
});
