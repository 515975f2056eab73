// A process owner audits the processes they own: they find, read, replay and verify every
// instance of a definition they created, however little they took part in it, and nothing of a
// definition someone else owns; bundles and the ledger stay auditors' and admins'.
import request from 'supertest';
import { matrixSpec } from './support/matrix-definitions';
import { publishSpec, uniqueKey } from './support/publish';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';

describe("a process owner's audit view of their own processes", () => {
  let t: TestApp;
  const owned = uniqueKey('owned');
  const others = uniqueKey('others');
  let ownedId = '';
  let othersId = '';

  beforeAll(async () => {
    t = await startTestApp();
    // publishSpec drafts and publishes as `owner`: the definition is theirs.
    await publishSpec(t, owned, matrixSpec(owned));
    // Created by the admin: the admin owns it.
    const admin = await t.auth('admin');
    await request(t.http)
      .put(`/api/definitions/${others}/draft`)
      .set(admin)
      .send({ spec: matrixSpec(others) })
      .expect(200);
    await request(t.http).post(`/api/definitions/${others}/publish`).set(admin).expect(201);
    const staff = await t.auth('staff');
    ownedId = (await request(t.http).post('/api/instances').set(staff).send({ definitionKey: owned }).expect(201)).body
      .id;
    othersId = (await request(t.http).post('/api/instances').set(staff).send({ definitionKey: others }).expect(201))
      .body.id;
  }, SETUP_TIMEOUT);
  afterAll(() => t?.close());

  it('finds, reads, replays and verifies an instance of their own definition', async () => {
    const owner = await t.auth('owner');
    const found = await request(t.http).get(`/api/instances?definitionKey=${owned}`).set(owner).expect(200);
    expect(found.body.items.map((i: { id: string }) => i.id)).toEqual([ownedId]);
    await request(t.http).get(`/api/instances/${ownedId}`).set(owner).expect(200);
    const history = await request(t.http).get(`/api/instances/${ownedId}/history`).set(owner).expect(200);
    expect(history.body.items.map((e: { type: string }) => e.type)).toEqual(['@start']);
    const steps = await request(t.http).get(`/api/instances/${ownedId}/replay/steps`).set(owner).expect(200);
    expect(steps.body.items[0]).toMatchObject({ seq: 1, state: 'review', version: 1 });
    const verify = await request(t.http).get(`/api/instances/${ownedId}/verify`).set(owner).expect(200);
    expect(verify.body).toEqual({ ok: true, checked: 1 });
  });

  it('reads nothing of a definition someone else owns, and gets no bundle or ledger', async () => {
    const owner = await t.auth('owner');
    const found = await request(t.http).get(`/api/instances?definitionKey=${others}`).set(owner).expect(200);
    expect(found.body.items).toEqual([]);
    await request(t.http).get(`/api/instances/${othersId}`).set(owner).expect(403);
    await request(t.http).get(`/api/instances/${othersId}/history`).set(owner).expect(403);
    await request(t.http).get(`/api/instances/${othersId}/verify`).set(owner).expect(403);
    await request(t.http).get(`/api/audit/bundles?instanceId=${ownedId}`).set(owner).expect(403);
    await request(t.http).get('/api/audit/ledger').set(owner).expect(403);
    // Reading is all: the owner still cannot act on the instance.
    await request(t.http)
      .post(`/api/instances/${ownedId}/events`)
      .set(owner)
      .send({ type: 'APPROVE', data: {} })
      .expect(403);
  });
});
