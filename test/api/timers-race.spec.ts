// A timer firing and user events on the same instance at the same moment, through two app
// instances on one database (two pools, two timer drains): no 5xx, no deadlock, exactly one
// outcome per instance, and a history that verifies.
import request from 'supertest';
import { DataSource } from 'typeorm';
import { TimersService } from '../../apps/api/src/timers/timers.service';
import { publishSpec, uniqueKey } from './support/publish';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';

/** Before timers.spec.ts's clock (its drains may fire these timers; the assertions allow it). */
const T0 = new Date('2002-06-01T00:00:00.000Z').getTime();
const DAY = 24 * 60 * 60 * 1000;
/** Embedded PGlite runs one transaction at a time (no deadlock possible there): fewer rounds. */
const ROUNDS = process.env.LIUCHENG_TEST_PGLITE ? 6 : 20;
const PER_ROUND = 10;

function raceSpec(id: string): Record<string, unknown> {
  return {
    id,
    initial: 'waiting',
    meta: { title: { zh: '竞争', en: 'Race' }, events: { DONE: { title: { zh: '完成', en: 'Done' } } } },
    context: {},
    states: {
      waiting: { meta: { title: { zh: '等待中', en: 'Waiting' } }, on: { DONE: 'done' }, after: { P1D: 'expired' } },
      done: { type: 'final', meta: { title: { zh: '已完成', en: 'Done' } } },
      expired: { type: 'final', meta: { title: { zh: '已过期', en: 'Expired' } } },
    },
  };
}

/** Fisher–Yates, so the requests and drains start in a different order each round. */
function shuffled<T>(items: T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe('timers racing user events on two app instances', () => {
  let a: TestApp;
  let b: TestApp;
  let now = T0;
  const key = uniqueKey('timer-race');

  beforeAll(async () => {
    a = await startTestApp({ clock: () => new Date(now) });
    b = await startTestApp({ clock: () => new Date(now), workflowsDir: false });
    await publishSpec(a, key, raceSpec(key));
  }, SETUP_TIMEOUT);
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  it(`resolves ${ROUNDS * PER_ROUND} races with exactly one outcome each`, async () => {
    const staff = { a: await a.auth('staff'), b: await b.auth('staff') };
    const outcomes = { done: 0, expired: 0 };
    for (let round = 0; round < ROUNDS; round++) {
      now = T0 + round * 2 * DAY;
      const ids: string[] = [];
      for (let i = 0; i < PER_ROUND; i++) {
        const res = await request(a.http).post('/api/instances').set(staff.a).send({ definitionKey: key }).expect(201);
        ids.push(res.body.id);
      }
      now += DAY;
      const answers: { id: string; status: number; reason?: string }[] = [];
      const send = (app: TestApp, auth: { Authorization: string }, id: string) => async () => {
        const res = await request(app.http).post(`/api/instances/${id}/events`).set(auth).send({ type: 'DONE' });
        answers.push({ id, status: res.status, reason: res.body?.details?.reason });
      };
      const drain = (app: TestApp) => async () => {
        await app.app.get(TimersService).fireDue();
      };
      const work = shuffled([drain(a), drain(b), ...ids.flatMap((id) => [send(a, staff.a, id), send(b, staff.b, id)])]);
      await Promise.all(work.map((job) => job()));

      const rows = (await a.app.get(DataSource).query(
        `SELECT i.id, i.state, i.seq, t.status AS timer_status FROM instances i
           JOIN timers t ON t.instance_id = i.id WHERE i.id = ANY($1::uuid[])`,
        [ids],
      )) as { id: string; state: string; seq: number; timer_status: string }[];
      for (const id of ids) {
        const mine = answers.filter((x) => x.id === id);
        expect(mine.filter((x) => x.status !== 200 && x.status !== 409)).toEqual([]);
        for (const refused of mine.filter((x) => x.status === 409)) expect(refused.reason).toMatch(/^not-/);
        const accepted = mine.filter((x) => x.status === 200).length;
        const row = rows.find((r) => r.id === id);
        // Exactly one of: a DONE won (timer cancelled) or the timer won (every DONE refused).
        expect(row).toEqual(
          accepted === 1
            ? { id, state: 'done', seq: 2, timer_status: 'cancelled' }
            : { id, state: 'expired', seq: 2, timer_status: 'fired' },
        );
        expect(accepted).toBeLessThanOrEqual(1);
        outcomes[accepted === 1 ? 'done' : 'expired']++;
      }
    }
    for (const id of await instanceIds(a, key)) {
      expect((await request(b.http).get(`/api/instances/${id}/verify`).set(staff.b)).body).toEqual({
        ok: true,
        checked: 2,
      });
    }
    expect(outcomes.done + outcomes.expired).toBe(ROUNDS * PER_ROUND);
  }, 240_000);
});

async function instanceIds(t: TestApp, key: string): Promise<string[]> {
  const found = await t.app.get(DataSource).query(`SELECT id FROM instances WHERE definition_key = $1`, [key]);
  return (found as { id: string }[]).map((r) => r.id);
}
