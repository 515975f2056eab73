import request from 'supertest';
import type { TestApp } from './test-app';

/** The promise of the brief outage: back to 2xx within this long after the database is. */
export const RECOVERY_MS = 2_000;

/** What one attempted event came to. */
export interface EventAttempt {
  instanceId: string;
  key: string;
  status: number;
}

/** Sends PING with an Idempotency-Key; returns the raw answer. */
export async function ping(t: TestApp, instanceId: string, key: string) {
  return request(t.http)
    .post(`/api/instances/${instanceId}/events`)
    .set(await t.auth('staff'))
    .set('Idempotency-Key', key)
    .send({ type: 'PING' });
}

/** Starts an instance of `definitionKey` as staff. */
export async function startInstance(t: TestApp, definitionKey: string): Promise<string> {
  const res = await request(t.http)
    .post('/api/instances')
    .set(await t.auth('staff'))
    .send({ definitionKey });
  if (res.status !== 201) throw new Error(`start answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}

/**
 * Repeats `attempt` every 25 ms until it answers 2xx; returns that answer and how long it took.
 * Fails after `RECOVERY_MS` plus a margin for a busy machine, reporting the last answer.
 */
export async function untilOk(
  attempt: () => Promise<request.Response>,
): Promise<{ res: request.Response; elapsedMs: number }> {
  const began = Date.now();
  let last: request.Response | undefined;
  while (Date.now() - began < RECOVERY_MS * 3) {
    last = await attempt();
    if (last.status >= 200 && last.status < 300) return { res: last, elapsedMs: Date.now() - began };
    await new Promise((done) => setTimeout(done, 25));
  }
  throw new Error(`no 2xx within ${RECOVERY_MS * 3} ms; last answer ${last?.status} ${JSON.stringify(last?.body)}`);
}

/** Asserts the shape every database outage answer has: 503, a code, Retry-After. */
export function expectUnavailable(res: request.Response): void {
  expect({ status: res.status, code: res.body.code }).toEqual({ status: 503, code: 'database-unavailable' });
  expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
}

/**
 * Retries every attempt that was not acknowledged with its own key until it is, then checks
 * each instance's history: seq 1..n without gaps, the hash chain verifies, and the stored
 * events are exactly the acknowledged ones (none lost, none applied twice).
 */
export async function settleAndCheck(t: TestApp, attempts: EventAttempt[]): Promise<void> {
  expect(attempts.every((a) => a.status === 200 || a.status === 503)).toBe(true);
  for (const a of attempts.filter((x) => x.status !== 200)) {
    await untilOk(() => ping(t, a.instanceId, a.key));
    a.status = 200;
  }
  const staff = await t.auth('staff');
  for (const instanceId of new Set(attempts.map((a) => a.instanceId))) {
    const sent = attempts.filter((a) => a.instanceId === instanceId).length;
    const history = await request(t.http).get(`/api/instances/${instanceId}/history`).set(staff).expect(200);
    const seqs = (history.body.items as { seq: number }[]).map((e) => e.seq);
    expect(seqs).toEqual(Array.from({ length: sent + 1 }, (_, i) => i + 1));
    const verify = await request(t.http).get(`/api/instances/${instanceId}/verify`).set(staff).expect(200);
    expect(verify.body).toEqual({ ok: true, checked: sent + 1 });
    const instance = await request(t.http).get(`/api/instances/${instanceId}`).set(staff).expect(200);
    expect(instance.body.context.n).toBe(sent);
  }
}
