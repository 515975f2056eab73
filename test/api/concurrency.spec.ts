import request from 'supertest';
import { publishSpec, uniqueKey } from './support/publish';
import { pingSpec } from './support/test-definitions';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';

const EVENTS = 50;

describe('concurrent events', () => {
  let t: TestApp;
  const key = uniqueKey('conc-ping');

  beforeAll(async () => {
    t = await startTestApp();
    await publishSpec(t, key, pingSpec(key));
  }, SETUP_TIMEOUT);
  afterAll(() => t?.close());

  it(`serialises ${EVENTS} concurrent events on one instance: seq 1..${EVENTS + 1} contiguous, every event counted, verify ok`, async () => {
    const staff = await t.auth('staff');
    const started = await request(t.http).post('/api/instances').set(staff).send({ definitionKey: key }).expect(201);
    const id = started.body.id;
    const answers = await Promise.all(
      Array.from({ length: EVENTS }, () =>
        request(t.http).post(`/api/instances/${id}/events`).set(staff).send({ type: 'PING' }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(EVENTS).fill(200));
    // Each answer saw its own seq and the count its own event produced.
    expect(answers.map((a) => a.body.seq).sort((x, y) => x - y)).toEqual(
      Array.from({ length: EVENTS }, (_, i) => i + 2),
    );
    for (const answer of answers) expect(answer.body.context.n).toBe(answer.body.seq - 1);

    const history = await request(t.http).get(`/api/instances/${id}/history`).set(staff).expect(200);
    expect(history.body.items.map((e: { seq: number }) => e.seq)).toEqual(
      Array.from({ length: EVENTS + 1 }, (_, i) => i + 1),
    );
    history.body.items
      .slice(1)
      .forEach((entry: { prevHash: string }, i: number) => expect(entry.prevHash).toBe(history.body.items[i].hash));

    const instance = await request(t.http).get(`/api/instances/${id}`).set(staff).expect(200);
    expect(instance.body).toMatchObject({ seq: EVENTS + 1, context: { n: EVENTS } });
    const verify = await request(t.http).get(`/api/instances/${id}/verify`).set(staff).expect(200);
    expect(verify.body).toEqual({ ok: true, checked: EVENTS + 1 });
  });

  it('runs events on different instances side by side, each chain intact', async () => {
    const staff = await t.auth('staff');
    const ids: string[] = [];
    for (let i = 0; i < 4; i++)
      ids.push(
        (await request(t.http).post('/api/instances').set(staff).send({ definitionKey: key }).expect(201)).body.id,
      );
    const answers = await Promise.all(
      ids.flatMap((id) =>
        Array.from({ length: 5 }, () =>
          request(t.http).post(`/api/instances/${id}/events`).set(staff).send({ type: 'PING' }),
        ),
      ),
    );
    expect(answers.every((a) => a.status === 200)).toBe(true);
    for (const id of ids) {
      const verify = await request(t.http).get(`/api/instances/${id}/verify`).set(staff).expect(200);
      expect(verify.body).toEqual({ ok: true, checked: 6 });
    }
  });
});
