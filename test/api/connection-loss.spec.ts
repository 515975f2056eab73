// The app keeps serving through a broken network to its database: a loopback proxy between the
// two resets connections mid-event, while idle, under load, and refuses new ones. Each request
// then gets 200 or a 503 with a code and Retry-After (never a 500, never a crash: an `error`
// event without a listener would throw out of the socket and fail this file), the history
// proves nothing was half-applied or applied twice, and 2xx answers return within 2 s.
import { Client, type Pool } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { databaseFailureOf } from '../../apps/api/src/database/database-errors';
import { IdempotencyCleanupService } from '../../apps/api/src/idempotency/idempotency-cleanup.service';
import { publishSpec, uniqueKey } from './support/publish';
import { pingSpec } from './support/test-definitions';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';
import { TcpProxy } from './support/tcp-proxy';
import {
  RECOVERY_MS,
  expectUnavailable,
  ping,
  settleAndCheck,
  startInstance,
  untilOk,
  type EventAttempt,
} from './support/connection-loss';

describe('connection loss between the app and its database', () => {
  const key = uniqueKey('conn-loss');
  let proxy: TcpProxy;
  let t: TestApp;
  let keyNo = 0;
  const nextKey = () => `${key}-${++keyNo}`;

  beforeAll(async () => {
    const databaseUrl = process.env.DATABASE_URL as string;
    proxy = await TcpProxy.start(databaseUrl);
    t = await startTestApp({ databaseUrl: proxy.urlFor(databaseUrl) });
    await publishSpec(t, key, pingSpec(key));
  }, SETUP_TIMEOUT);
  afterAll(async () => {
    await t?.close();
    await proxy?.close();
  });

  it('a reset before COMMIT reaches the database: 503, nothing applied, the retry applies it once', async () => {
    const id = await startInstance(t, key);
    const eventKey = nextKey();
    const cut = proxy.cutOn('COMMIT', { forward: false });
    const res = await ping(t, id, eventKey);
    await cut;
    expectUnavailable(res);

    const { res: retry, elapsedMs } = await untilOk(() => ping(t, id, eventKey));
    expect(elapsedMs).toBeLessThan(RECOVERY_MS);
    expect(retry.body).toMatchObject({ seq: 2, context: { n: 1 } });
    await settleAndCheck(t, [{ instanceId: id, key: eventKey, status: 200 }]);
  });

  it('a reset after COMMIT reached the database: 503, and the retry with the same key applies nothing twice', async () => {
    const id = await startInstance(t, key);
    const eventKey = nextKey();
    const cut = proxy.cutOn('COMMIT', { forward: true });
    const res = await ping(t, id, eventKey);
    await cut;
    expectUnavailable(res);

    // Whether the COMMIT landed or not, the retry ends with exactly one PING applied.
    const { res: retry } = await untilOk(() => ping(t, id, eventKey));
    expect(retry.body).toMatchObject({ seq: 2, context: { n: 1 } });
    await settleAndCheck(t, [{ instanceId: id, key: eventKey, status: 200 }]);
  });

  it('connections reset while idle are replaced: the next requests succeed', async () => {
    const id = await startInstance(t, key);
    await request(t.http).get('/api/health').expect(200);
    expect(proxy.connections).toBeGreaterThan(0);
    expect(proxy.cutAll()).toBeGreaterThan(0);

    const eventKey = nextKey();
    const { elapsedMs } = await untilOk(() => ping(t, id, eventKey));
    expect(elapsedMs).toBeLessThan(RECOVERY_MS);
    await request(t.http).get('/api/health').expect(200);
    await settleAndCheck(t, [{ instanceId: id, key: eventKey, status: 200 }]);
  });

  it('a reset under event load: every answer is 200 or 503, and the stored history is what was acknowledged', async () => {
    const ids = await Promise.all([1, 2, 3].map(() => startInstance(t, key)));
    const all: EventAttempt[] = [];
    for (let round = 0; round < 3; round++) {
      // The cut comes with the third COMMIT of the round: some events committed, some in flight.
      const cut = proxy.cutOn('COMMIT', { forward: round % 2 === 1, count: 3 });
      const attempts: EventAttempt[] = ids.flatMap((instanceId) =>
        [1, 2, 3, 4].map(() => ({ instanceId, key: nextKey(), status: 0 })),
      );
      await Promise.all(
        attempts.map(async (a) => {
          const res = await ping(t, a.instanceId, a.key);
          a.status = res.status;
          if (res.status === 503) expectUnavailable(res);
        }),
      );
      await cut;
      expect(attempts.some((a) => a.status === 503)).toBe(true);
      all.push(...attempts);
      await settleAndCheck(t, all);
    }
    // Three rounds of 12 acknowledged PINGs over three instances, each exactly once.
    const staff = await t.auth('staff');
    for (const id of ids) {
      const res = await request(t.http).get(`/api/instances/${id}`).set(staff).expect(200);
      expect(res.body.context.n).toBe(12);
    }
  });

  it('while the database refuses connections: health says down, events 503 with Retry-After; back within 2 s', async () => {
    const id = await startInstance(t, key);
    const eventKey = nextKey();
    await proxy.refuse();
    try {
      const health = await request(t.http).get('/api/health');
      expectUnavailable(health);
      expect(health.body.details).toMatchObject({ db: 'down' });
      expectUnavailable(await request(t.http).get('/api/health/ready'));
      // Liveness does not depend on the database.
      await request(t.http).get('/api/health/live').expect(200, { status: 'ok' });
      expectUnavailable(await ping(t, id, eventKey));
      expectUnavailable(
        await request(t.http)
          .get(`/api/instances/${id}`)
          .set(await t.auth('staff')),
      );
      expectUnavailable(await request(t.http).post('/api/auth/login').send({ username: 'staff', password: 'x' }));
      // The hourly idempotency clean-up logs the failure and goes on.
      await expect(t.app.get(IdempotencyCleanupService).purge()).resolves.toBe(0);
    } finally {
      await proxy.allow();
    }
    const { elapsedMs } = await untilOk(() => ping(t, id, eventKey));
    expect(elapsedMs).toBeLessThan(RECOVERY_MS);
    await request(t.http).get('/api/health/ready').expect(200, { status: 'ok', db: 'up' });
    await settleAndCheck(t, [{ instanceId: id, key: eventKey, status: 200 }]);
  });
});

// pg_terminate_backend needs a real server (PGlite has one session and no backends to end):
// this block exists only when the tests run on PostgreSQL, as CI runs them (DATABASE_URL set).
const onPostgresServer = process.env.LIUCHENG_TEST_PGLITE !== '1';
if (onPostgresServer) {
  describe('pg_terminate_backend on the app connections under event load (PostgreSQL)', () => {
    const key = uniqueKey('conn-kill');
    const applicationName = `liucheng-conn-kill-${process.pid}`;
    let admin: Client;
    let t: TestApp;

    beforeAll(async () => {
      const databaseUrl = process.env.DATABASE_URL as string;
      const url = new URL(databaseUrl);
      url.searchParams.set('application_name', applicationName);
      t = await startTestApp({ databaseUrl: url.toString() });
      await publishSpec(t, key, pingSpec(key));
      admin = new Client({ connectionString: databaseUrl });
      await admin.connect();
    }, SETUP_TIMEOUT);
    afterAll(async () => {
      await t?.close();
      await admin?.end();
    });

    /** Ends every backend of this app (found by its application_name); returns how many. */
    async function terminateAppBackends(): Promise<number> {
      const res = await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND pid <> pg_backend_pid()`,
        [applicationName],
      );
      return res.rowCount ?? 0;
    }

    it('a pooled connection ended while checked out and idle costs its holder a 503, not the process', async () => {
      // `pg` emits `error` when the server ends a connection with no query running on it; pg-pool
      // listens only while the client is idle in the pool, so a holder between two queries that
      // has no listener of its own would have the event thrown out of the socket (this ended the
      // process under load). The pool's clients listen themselves (ListeningClient).
      const pool = (t.app.get(DataSource).driver as unknown as { master: Pool }).master;
      const client = await pool.connect();
      let released = false;
      try {
        const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
        // Waits on 'end', not 'error': a listener of the test's own would hide a missing one.
        const ended = new Promise<void>((resolve) => client.once('end', () => resolve()));
        await admin.query('SELECT pg_terminate_backend($1)', [rows[0].pid]);
        await ended;
        const failure = await client.query('SELECT 1').then(
          () => undefined,
          (error: unknown) => error,
        );
        expect(databaseFailureOf(failure)).toBe('database-unavailable');
        client.release(true);
        released = true;
      } finally {
        if (!released) client.release(true);
      }
      await expect(t.app.get(DataSource).query('SELECT 1 AS one')).resolves.toEqual([{ one: 1 }]);
      await request(t.http).get('/api/health/ready').expect(200);
      // Without the listener the event is thrown and 'end' never comes: fail in seconds, not at 30.
    }, 10_000);

    it('every answer is 200 or 503, the process keeps serving, and the history is what was acknowledged', async () => {
      const ids = await Promise.all([1, 2, 3].map(() => startInstance(t, key)));
      const all: EventAttempt[] = [];
      let keyNo = 0;
      for (let round = 0; round < 4; round++) {
        const attempts: EventAttempt[] = ids.flatMap((instanceId) =>
          [1, 2, 3, 4, 5].map(() => ({ instanceId, key: `${key}-${++keyNo}`, status: 0 })),
        );
        let terminated = 0;
        const load = Promise.all(
          attempts.map(async (a, i) => {
            const res = await ping(t, a.instanceId, a.key);
            a.status = res.status;
            if (res.status === 503) expectUnavailable(res);
            // Mid-load: once a few events are acknowledged, end every backend of the app.
            if (i === 0) terminated = await terminateAppBackends();
          }),
        );
        await load;
        expect(terminated).toBeGreaterThan(0);
        all.push(...attempts);
        const { elapsedMs } = await untilOk(() => request(t.http).get('/api/health/ready'));
        expect(elapsedMs).toBeLessThan(RECOVERY_MS);
        await settleAndCheck(t, all);
      }
    });
  });
}
