import request from 'supertest';
import { DataSource } from 'typeorm';
import { IdempotencyCleanupService } from '../../apps/api/src/idempotency/idempotency-cleanup.service';
import { publishSpec, uniqueKey } from './support/publish';
import { pingSpec } from './support/test-definitions';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';

describe('Idempotency-Key', () => {
  let t: TestApp;
  const key = uniqueKey('idem-ping');
  /** Idempotency keys are scoped per user; a run-unique prefix keeps reruns on one database apart. */
  const idem = (name: string) => `${key}-${name}`;

  beforeAll(async () => {
    t = await startTestApp();
    await publishSpec(t, key, pingSpec(key));
  }, SETUP_TIMEOUT);
  afterAll(() => t?.close());

  async function start(): Promise<string> {
    const res = await request(t.http)
      .post('/api/instances')
      .set(await t.auth('staff'))
      .send({ definitionKey: key })
      .expect(201);
    return res.body.id;
  }

  async function historyLength(id: string): Promise<number> {
    const res = await request(t.http)
      .get(`/api/instances/${id}/history`)
      .set(await t.auth('staff'))
      .expect(200);
    return res.body.items.length;
  }

  it('replays the first answer for a retry with the same key and body, applying nothing twice', async () => {
    const id = await start();
    const staff = await t.auth('staff');
    const first = await request(t.http)
      .post(`/api/instances/${id}/events`)
      .set(staff)
      .set('Idempotency-Key', idem('a'))
      .send({ type: 'PING' })
      .expect(200);
    const retry = await request(t.http)
      .post(`/api/instances/${id}/events`)
      .set(staff)
      .set('Idempotency-Key', idem('a'))
      .send({ type: 'PING' })
      .expect(200);
    expect(retry.body).toEqual(first.body);
    expect(first.body.seq).toBe(2);
    expect(await historyLength(id)).toBe(2);
  });

  it('answers 422 for the same key with a different body', async () => {
    const id = await start();
    const staff = await t.auth('staff');
    await request(t.http)
      .post(`/api/instances/${id}/events`)
      .set(staff)
      .set('Idempotency-Key', idem('b'))
      .send({ type: 'PING' })
      .expect(200);
    const res = await request(t.http)
      .post(`/api/instances/${id}/events`)
      .set(staff)
      .set('Idempotency-Key', idem('b'))
      .send({ type: 'PING', data: { by: 2 } })
      .expect(422);
    expect(res.body.details.reason).toBe('idempotency-key-reused');
    expect(await historyLength(id)).toBe(2);
  });

  it('does not store a non-2xx answer: the key stays usable', async () => {
    const id = await start();
    const staff = await t.auth('staff');
    await request(t.http)
      .post(`/api/instances/${id}/events`)
      .set(staff)
      .set('Idempotency-Key', idem('c'))
      .send({ type: 'NOPE' })
      .expect(409);
    await request(t.http)
      .post(`/api/instances/${id}/events`)
      .set(staff)
      .set('Idempotency-Key', idem('c'))
      .send({ type: 'PING' })
      .expect(200);
    expect(await historyLength(id)).toBe(2);
  });

  it('applies concurrent retries of one key exactly once', async () => {
    const id = await start();
    const staff = await t.auth('staff');
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        request(t.http)
          .post(`/api/instances/${id}/events`)
          .set(staff)
          .set('Idempotency-Key', idem('d'))
          .send({ type: 'PING' }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(200));
    expect(new Set(answers.map((a) => a.body.seq))).toEqual(new Set([2]));
    expect(await historyLength(id)).toBe(2);
  });

  it('scopes keys to the route and the user', async () => {
    const a = await start();
    const b = await start();
    const staff = await t.auth('staff');
    await request(t.http)
      .post(`/api/instances/${a}/events`)
      .set(staff)
      .set('Idempotency-Key', idem('e'))
      .send({ type: 'PING' })
      .expect(200);
    const other = await request(t.http)
      .post(`/api/instances/${b}/events`)
      .set(staff)
      .set('Idempotency-Key', idem('e'))
      .send({ type: 'PING' })
      .expect(200);
    expect(other.body.id).toBe(b);
    // PING is no task's outcome: besides the starter, an admin may send it.
    const byAdmin = await request(t.http)
      .post(`/api/instances/${a}/events`)
      .set(await t.auth('admin'))
      .set('Idempotency-Key', idem('e'))
      .send({ type: 'PING' })
      .expect(200);
    expect(byAdmin.body.seq).toBe(3);
  });

  it('replays a start: the retry returns the same instance and creates no second one', async () => {
    const staff = await t.auth('staff');
    const body = { definitionKey: key, businessKey: idem('start') };
    const first = await request(t.http)
      .post('/api/instances')
      .set(staff)
      .set('Idempotency-Key', idem('f'))
      .send(body)
      .expect(201);
    const retry = await request(t.http)
      .post('/api/instances')
      .set(staff)
      .set('Idempotency-Key', idem('f'))
      .send(body)
      .expect(201);
    expect(retry.body).toEqual(first.body);
    const list = await request(t.http)
      .get(`/api/instances?businessKey=${idem('start')}`)
      .set(staff)
      .expect(200);
    expect(list.body.items).toHaveLength(1);
  });

  it('keeps keys for 24 hours at least and purges them after 48', async () => {
    const ds = t.app.get(DataSource);
    const insert = (name: string, hoursAgo: number) =>
      ds.query(
        `INSERT INTO idempotency_keys (username, route, key, request_hash, response_status, response_body, created_at)
         VALUES ('staff', 'POST /test', $1, $2, 200, '{}', now() - make_interval(hours => $3))`,
        [idem(name), '0'.repeat(64), hoursAgo],
      );
    await insert('old', 49);
    await insert('recent', 25);
    await t.app.get(IdempotencyCleanupService).purge();
    const left: { key: string }[] = await ds.query(
      `SELECT key FROM idempotency_keys WHERE key = ANY($1) ORDER BY key`,
      [[idem('old'), idem('recent')]],
    );
    expect(left.map((r) => r.key)).toEqual([idem('recent')]);
  });
});
