// The event route is benchmarked: authorization (route policy, the user's active/token-version
// check, the event policy) must ride on the two round trips the event path already makes.
import { Client } from 'pg';
import request from 'supertest';
import { publishSpec, uniqueKey } from './support/publish';
import { matrixSpec } from './support/matrix-definitions';
import { pingSpec } from './support/test-definitions';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';

describe('event route round trips', () => {
  let t: TestApp;
  const pingKey = uniqueKey('trips-ping');
  const taskKey = uniqueKey('trips-task');

  beforeAll(async () => {
    t = await startTestApp();
    await publishSpec(t, pingKey, pingSpec(pingKey));
    await publishSpec(t, taskKey, matrixSpec(taskKey));
  }, SETUP_TIMEOUT);
  afterAll(() => t?.close());

  /** Statements sent to PostgreSQL while `work` runs. */
  async function countQueries(work: () => Promise<unknown>): Promise<string[]> {
    const sent: string[] = [];
    const original = Client.prototype.query;
    const spy = jest.spyOn(Client.prototype, 'query').mockImplementation(function (this: Client, ...args: unknown[]) {
      const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string })?.text;
      sent.push(String(text).trim().split(/\s+/).slice(0, 2).join(' '));
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof Client.prototype.query);
    try {
      await work();
    } finally {
      spy.mockRestore();
    }
    return sent;
  }

  it.each([
    ['a starter sending an event no task owns', pingKey, 'staff', 'PING'],
    ['a candidate completing a task by its outcome event', taskKey, 'leader', 'APPROVE'],
  ])('%s costs two round trips', async (_name, key, sender, type) => {
    const started = await request(t.http)
      .post('/api/instances')
      .set(await t.auth('staff'))
      .send({ definitionKey: key })
      .expect(201);
    const headers = await t.auth(sender);
    const sent = await countQueries(() =>
      request(t.http).post(`/api/instances/${started.body.id}/events`).set(headers).send({ type }).expect(200),
    );
    expect(sent).toEqual(['BEGIN; SELECT', 'WITH history_entry']);
  });
});
