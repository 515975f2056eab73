// The event route is benchmarked: authorization (route policy, the user's active/token-version
// check, the event policy) must ride on the two round trips the event path already makes.
import request from 'supertest';
import { publishSpec, uniqueKey } from './support/publish';
import { sentStatements } from './support/sent-statements';
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

  /** The first two words of each statement sent while `work` runs. */
  async function countQueries(work: () => Promise<unknown>): Promise<string[]> {
    return (await sentStatements(work)).map((text) => text.trim().split(/\s+/).slice(0, 2).join(' '));
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
    expect(sent).toEqual(['BEGIN; SELECT', expect.stringMatching(/^SELECT liucheng_step_event\(/)]);
  });
});
