import request from 'supertest';
import { publishSpec, uniqueKey } from './support/publish';
import { pingSpec } from './support/test-definitions';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';

describe('restart', () => {
  const key = uniqueKey('restart-ping');
  let t: TestApp | undefined;
  afterAll(() => t?.close());

  it(
    'keeps every instance, its history and tokens across close + createApp on the same database',
    async () => {
      t = await startTestApp();
      await publishSpec(t, key, pingSpec(key));
      const staffToken = await t.token('staff');
      const staff = { Authorization: `Bearer ${staffToken}` };
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) {
        const started = await request(t.http)
          .post('/api/instances')
          .set(staff)
          .send({ definitionKey: key, businessKey: `${key}-${i}` })
          .expect(201);
        await request(t.http)
          .post(`/api/instances/${started.body.id}/events`)
          .set(staff)
          .send({ type: 'PING' })
          .expect(200);
        ids.push(started.body.id);
      }
      const before = await Promise.all(ids.map((id) => request(t!.http).get(`/api/instances/${id}`).set(staff)));
      await t.close();

      t = await startTestApp();
      // The JWT secret lives in the database, so a token from before the restart still works.
      const after = await Promise.all(ids.map((id) => request(t!.http).get(`/api/instances/${id}`).set(staff)));
      expect(after.map((r) => r.body)).toEqual(before.map((r) => r.body));
      const next = await request(t.http)
        .post(`/api/instances/${ids[0]}/events`)
        .set(staff)
        .send({ type: 'PING' })
        .expect(200);
      expect(next.body).toMatchObject({ seq: 3, context: { n: 2 } });
      const verify = await request(t.http).get(`/api/instances/${ids[0]}/verify`).set(staff).expect(200);
      expect(verify.body).toEqual({ ok: true, checked: 3 });
    },
    SETUP_TIMEOUT,
  );
});
