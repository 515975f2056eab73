// Group commit (issue 15) through the real HTTP routes: a batch's events share one transaction
// with a savepoint each. A held row lock (a second connection's SELECT … FOR UPDATE) keeps a
// lane's batch waiting, so the events sent meanwhile queue up and form the next batch: which
// events share a batch is then known, not hoped for.
import { Client } from 'pg';
import request from 'supertest';
import { GroupCommitService, type GroupCommitStatus } from '../../apps/api/src/group-commit/group-commit.service';
import { publishSpec, uniqueKey } from './support/publish';
import { pingSpec } from './support/test-definitions';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';

const onPostgresServer = process.env.LIUCHENG_TEST_PGLITE !== '1';

/** Waits until `check` holds (polling the batcher's own counters, which need no database). */
async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A second connection holding one instance row locked until `release`. */
async function lockRow(instanceId: string): Promise<{ client: Client; release: () => Promise<void> }> {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query('BEGIN');
  await client.query('SELECT 1 FROM instances WHERE id = $1 FOR UPDATE', [instanceId]);
  return {
    client,
    release: async () => {
      await client.query('COMMIT');
      await client.end();
    },
  };
}

describe('group commit of events', () => {
  const key = uniqueKey('gc-ping');
  const applicationName = `liucheng-gc-${process.pid}`;
  let t: TestApp;
  let batcher: GroupCommitService;
  let staff: { Authorization: string };

  beforeAll(async () => {
    const url = new URL(process.env.DATABASE_URL as string);
    url.searchParams.set('application_name', applicationName);
    t = await startTestApp({ databaseUrl: url.toString(), groupCommit: { enabled: true, lanes: 1, maxBatch: 32 } });
    await publishSpec(t, key, pingSpec(key));
    batcher = t.app.get(GroupCommitService);
    staff = await t.auth('staff');
  }, SETUP_TIMEOUT);
  afterAll(() => t?.close());

  const start = async () =>
    (await request(t.http).post('/api/instances').set(staff).send({ definitionKey: key }).expect(201)).body
      .id as string;
  const send = (id: string, body: object, headers: Record<string, string> = {}) =>
    request(t.http)
      .post(`/api/instances/${id}/events`)
      .set(staff)
      .set(headers)
      .send(body)
      .then((res) => res);
  const history = async (id: string) =>
    (await request(t.http).get(`/api/instances/${id}/history`).set(staff).expect(200)).body.items as {
      type: string;
      data: { by?: number };
    }[];
  const verify = async (id: string) =>
    (await request(t.http).get(`/api/instances/${id}/verify`).set(staff).expect(200)).body;

  /** Runs `work` while PostgreSQL refuses every history write of one instance (a real failure of the step's own statement). */
  async function refusingWrites(instanceId: string, work: () => Promise<void>): Promise<void> {
    const db = new Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    const fn = `gc_fail_${process.pid}`;
    await db.query(`CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'group commit test: refused write'; END $$`);
    await db.query(
      `CREATE TRIGGER ${fn} BEFORE INSERT ON instance_events FOR EACH ROW
       WHEN (NEW.instance_id = '${instanceId}'::uuid) EXECUTE FUNCTION ${fn}()`,
    );
    try {
      await work();
    } finally {
      await db.query(`DROP TRIGGER ${fn} ON instance_events`);
      await db.query(`DROP FUNCTION ${fn}()`);
      await db.end();
    }
  }

  /**
   * Holds the lane on a blocked batch, sends `sends` (queued, in this order), then releases:
   * they run as one batch. Returns the answers and the batcher's counters before and after.
   */
  async function asOneBatch(sends: (() => Promise<request.Response>)[]) {
    const gate = await start();
    const lock = await lockRow(gate);
    const before = batcher.status();
    const gateAnswer = send(gate, { type: 'PING' });
    await until('the gate batch to start', () => batcher.status().batches === before.batches + 1);
    const answers: Promise<request.Response>[] = [];
    try {
      for (const [i, sendOne] of sends.entries()) {
        answers.push(sendOne());
        await until(`event ${i + 1} to queue`, () => batcher.status().queued === i + 1);
      }
    } finally {
      await lock.release();
    }
    expect((await gateAnswer).status).toBe(200);
    const settled = await Promise.all(answers);
    return { answers: settled, before, after: batcher.status() };
  }

  it('reports its settings and counters to admins and auditors', async () => {
    const res = await request(t.http)
      .get('/api/admin/group-commit')
      .set(await t.auth('auditor'))
      .expect(200);
    expect(res.body).toMatchObject({ enabled: true, lanes: 1, maxBatch: 32, maxWaitMs: 0, queued: 0 });
    expect(Object.keys(res.body.histogram)).toEqual(['1', '2', '3-4', '5-8', '9-16', '17-32', '33-64', '>64']);
    await request(t.http).get('/api/admin/group-commit').set(staff).expect(403);
  });

  it('one failing event rolls back only itself: the others of its batch commit, its history is unchanged', async () => {
    const good = [await start(), await start(), await start()];
    const refused = await start();
    const failing = await start();
    await refusingWrites(failing, async () => {
      const { answers, before, after } = await asOneBatch([
        () => send(good[0], { type: 'PING', data: { by: 1 } }),
        () => send(failing, { type: 'PING', data: { by: 2 } }),
        () => send(good[1], { type: 'PING', data: { by: 3 } }),
        () => send(refused, { type: 'PING', data: { by: 'four' } }),
        () => send(good[2], { type: 'PING', data: { by: 5 } }),
      ]);
      expect(answers.map((a) => a.status)).toEqual([200, 500, 200, 422, 200]);
      expect(after.batches - before.batches).toBe(2);
      expect(after.maxBatchSize).toBeGreaterThanOrEqual(5);
      expect(after.rolledBackEvents - before.rolledBackEvents).toBe(2);
      expect(after.fallbackBatches - before.fallbackBatches).toBe(0);
    });
    for (const [i, id] of good.entries()) {
      expect((await history(id)).map((e) => e.data.by)).toEqual([undefined, 2 * i + 1]);
      expect(await verify(id)).toEqual({ ok: true, checked: 2 });
    }
    expect(await history(failing)).toHaveLength(1);
    expect(await history(refused)).toHaveLength(1);
    // The failed instance takes events again.
    expect((await send(failing, { type: 'PING' })).status).toBe(200);
    expect(await verify(failing)).toEqual({ ok: true, checked: 2 });
  });

  it('a failing write before an event whose first statement has parameters, and as the last event of a batch', async () => {
    const [good, failing] = [await start(), await start()];
    await refusingWrites(failing, async () => {
      const idem = { 'Idempotency-Key': `${key}-after-failing` };
      const first = await asOneBatch([() => send(failing, { type: 'PING' }), () => send(good, { type: 'PING' }, idem)]);
      expect(first.answers.map((a) => a.status)).toEqual([500, 200]);
      // The last event's write travels with COMMIT: its failure fails the COMMIT, and the batch is re-run alone.
      const last = await asOneBatch([() => send(good, { type: 'PING' }), () => send(failing, { type: 'PING' })]);
      expect(last.answers.map((a) => a.status)).toEqual([200, 500]);
      expect(last.after.fallbackBatches - last.before.fallbackBatches).toBe(1);
    });
    expect(await history(good)).toHaveLength(3);
    expect(await history(failing)).toHaveLength(1);
    expect(await verify(good)).toEqual({ ok: true, checked: 3 });
  });

  it('two events with one Idempotency-Key in one batch: applied once, the second replays the first answer', async () => {
    const id = await start();
    const idem = { 'Idempotency-Key': `${key}-same` };
    const { answers } = await asOneBatch([
      () => send(id, { type: 'PING' }, idem),
      () => send(id, { type: 'PING' }, idem),
    ]);
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    expect(answers[1].body).toEqual(answers[0].body);
    const replay = await send(id, { type: 'PING' }, idem);
    expect(replay.status).toBe(200);
    expect(replay.body).toEqual(answers[0].body);
    expect(await history(id)).toHaveLength(2);
    const reused = await send(id, { type: 'PING', data: { by: 9 } }, idem);
    expect(reused.status).toBe(422);
  });

  it('keeps each instance in order while many instances send at once, and batches them', async () => {
    const ids = await Promise.all(Array.from({ length: 8 }, () => start()));
    const before = batcher.status();
    await Promise.all(
      ids.map(async (id) => {
        for (let by = 0; by < 10; by += 1) expect((await send(id, { type: 'PING', data: { by } })).status).toBe(200);
      }),
    );
    const after = batcher.status();
    expect(after.events - before.events).toBe(80);
    expect(after.batches - before.batches).toBeLessThan(80);
    for (const id of ids) {
      expect((await history(id)).slice(1).map((e) => e.data.by)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect(await verify(id)).toEqual({ ok: true, checked: 11 });
    }
  });

  it('serialises concurrent events on one instance within batches: seq contiguous, each answer its own count', async () => {
    const id = await start();
    const answers = await Promise.all(Array.from({ length: 30 }, () => send(id, { type: 'PING' })));
    expect(answers.map((a) => a.status)).toEqual(Array(30).fill(200));
    expect(answers.map((a) => a.body.seq).sort((x, y) => x - y)).toEqual(Array.from({ length: 30 }, (_, i) => i + 2));
    for (const answer of answers) expect(answer.body.context.n).toBe(answer.body.seq - 1);
    expect(await verify(id)).toEqual({ ok: true, checked: 31 });
  });

  // Deadlocks and ended backends need a real server (PGlite runs one transaction at a time):
  // these exist only when the tests run on PostgreSQL, as CI runs them.
  if (onPostgresServer) {
    /** The app's backend waiting for a row lock, once the batch after the gate (started after `before`) runs. */
    async function waitingBackend(admin: Client, before: GroupCommitStatus): Promise<number> {
      await until('the batch after the gate to start', () => batcher.status().batches === before.batches + 2);
      let pid = 0;
      await until('the batch to wait for the row lock', async () => {
        const res = await admin.query(
          `SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND wait_event_type = 'Lock'`,
          [applicationName],
        );
        pid = res.rows[0]?.pid ?? 0;
        return pid > 0;
      });
      return pid;
    }

    it('a deadlock with another transaction re-runs the batch one transaction per event: all answered 200 once', async () => {
      const [a, b] = [await start(), await start()];
      const other = await lockRow(b);
      const admin = new Client({ connectionString: process.env.DATABASE_URL });
      await admin.connect();
      try {
        const before = batcher.status();
        // The batch [a, b] locks a, then waits for b; the other transaction then asks for a.
        const run = asOneBatch([() => send(a, { type: 'PING' }), () => send(b, { type: 'PING' })]);
        await waitingBackend(admin, before);
        await other.client.query('SELECT 1 FROM instances WHERE id = $1 FOR UPDATE', [a]);
        await other.release();
        const { answers, after } = await run;
        expect(answers.map((r) => r.status)).toEqual([200, 200]);
        expect(after.fallbackBatches - before.fallbackBatches).toBe(1);
      } finally {
        await admin.end();
      }
      expect(await history(a)).toHaveLength(2);
      expect(await history(b)).toHaveLength(2);
    });

    it('a batch whose connection is lost answers 503 to each of its clients and stores none of its events', async () => {
      const [x, blocked] = [await start(), await start()];
      const holder = await lockRow(blocked);
      const admin = new Client({ connectionString: process.env.DATABASE_URL });
      await admin.connect();
      try {
        const before = batcher.status();
        const run = asOneBatch([() => send(x, { type: 'PING' }), () => send(blocked, { type: 'PING' })]);
        const pid = await waitingBackend(admin, before);
        await admin.query('SELECT pg_terminate_backend($1)', [pid]);
        const { answers, after } = await run;
        expect(answers.map((r) => r.status)).toEqual([503, 503]);
        expect(answers[0].body.details).toMatchObject({ reason: 'database-unavailable' });
        expect(after.failedBatches - before.failedBatches).toBe(1);
      } finally {
        await holder.release();
        await admin.end();
      }
      expect(await history(x)).toHaveLength(1);
      expect(await history(blocked)).toHaveLength(1);
      expect((await send(x, { type: 'PING' })).status).toBe(200);
    });
  }
});
