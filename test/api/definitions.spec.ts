import request from 'supertest';
import { uniqueKey } from './support/publish';
import { leaveSpec } from './support/test-definitions';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';

describe('definitions', () => {
  let t: TestApp;
  const key = uniqueKey('def-leave');
  beforeAll(async () => {
    t = await startTestApp();
  }, SETUP_TIMEOUT);
  afterAll(() => t?.close());

  it('saves a valid draft, publishes it as version 1 and clears the draft', async () => {
    const owner = await t.auth('owner');
    const draft = await request(t.http)
      .put(`/api/definitions/${key}/draft`)
      .set(owner)
      .send({ spec: leaveSpec(key) })
      .expect(200);
    expect(draft.body).toEqual({ key, draft: leaveSpec(key), validation: { ok: true, errors: [], warnings: [] } });

    const published = await request(t.http).post(`/api/definitions/${key}/publish`).set(owner).expect(201);
    expect(published.body).toEqual({ key, version: 1, checksum: expect.stringMatching(/^[0-9a-f]{64}$/) });

    const detail = await request(t.http).get(`/api/definitions/${key}`).set(owner).expect(200);
    expect(detail.body).toEqual({
      key,
      title: { zh: '请假申请', en: 'Leave request' },
      draft: null,
      versions: [
        { version: 1, publishedBy: 'owner', publishedAt: expect.any(String), checksum: published.body.checksum },
      ],
    });

    const version = await request(t.http).get(`/api/definitions/${key}/versions/1`).set(owner).expect(200);
    expect(version.body).toMatchObject({
      key,
      version: 1,
      spec: leaveSpec(key),
      checksum: published.body.checksum,
      publishedBy: 'owner',
    });
    // The spec comes back as written, key order included: the designer's export and diff rely on it.
    expect(JSON.stringify(version.body.spec)).toBe(JSON.stringify(leaveSpec(key)));

    const list = await request(t.http)
      .get('/api/definitions')
      .set(await t.auth('staff'))
      .expect(200);
    expect(list.body).toContainEqual({
      key,
      title: { zh: '请假申请', en: 'Leave request' },
      latestVersion: 1,
      hasDraft: false,
    });
  });

  it('answers 409 when publishing a known definition that has no draft', async () => {
    const res = await request(t.http)
      .post(`/api/definitions/${key}/publish`)
      .set(await t.auth('owner'))
      .expect(409);
    expect(res.body).toMatchObject({ statusCode: 409, error: 'Conflict' });
  });

  it('saves an invalid draft, says why, and refuses to publish it with 422 and the spec paths', async () => {
    const owner = await t.auth('owner');
    const bad = leaveSpec(key) as { states: Record<string, { on?: Record<string, unknown> }> };
    bad.states.submitted.on = {
      ...bad.states.submitted.on,
      APPROVE: { target: 'approved', guard: { type: 'noSuchGuard' } },
    };
    const draft = await request(t.http).put(`/api/definitions/${key}/draft`).set(owner).send({ spec: bad }).expect(200);
    expect(draft.body.validation.ok).toBe(false);
    expect(draft.body.validation.errors.map((e: { path: string }) => e.path).join(' ')).toContain(
      'states.submitted.on.APPROVE',
    );

    const detail = await request(t.http).get(`/api/definitions/${key}`).set(owner).expect(200);
    expect(detail.body.draft).toEqual(bad);

    const res = await request(t.http).post(`/api/definitions/${key}/publish`).set(owner).expect(422);
    expect(res.body.details.errors.length).toBeGreaterThan(0);
    const after = await request(t.http).get(`/api/definitions/${key}`).set(owner).expect(200);
    expect(after.body.versions).toHaveLength(1);
  });

  it('refuses to publish a second unguarded transition for the same event, naming it by code', async () => {
    const owner = await t.auth('owner');
    const bad = leaveSpec(key) as { states: Record<string, { on?: Record<string, unknown> }> };
    bad.states.hr.on = { ...bad.states.hr.on, APPROVE: ['approved', 'rejected'] };
    const draft = await request(t.http).put(`/api/definitions/${key}/draft`).set(owner).send({ spec: bad }).expect(200);
    expect(draft.body.validation).toEqual({
      ok: false,
      errors: [
        {
          path: 'states.hr.on.APPROVE.1',
          code: 'shadowed-transition',
          params: { event: 'APPROVE', by: 'states.hr.on.APPROVE.0' },
          severity: 'error',
          message: expect.stringContaining('can never fire'),
        },
      ],
      warnings: [],
    });
    const res = await request(t.http).post(`/api/definitions/${key}/publish`).set(owner).expect(422);
    expect(res.body.details.errors.map((e: { code: string }) => e.code)).toEqual(['shadowed-transition']);
  });

  it('publishes a draft that has only warnings, and answers them with the validation', async () => {
    const owner = await t.auth('owner');
    const spec = leaveSpec(key) as { states: Record<string, unknown> };
    spec.states.forgotten = { on: { APPROVE: 'approved' } };
    const draft = await request(t.http).put(`/api/definitions/${key}/draft`).set(owner).send({ spec }).expect(200);
    expect(draft.body.validation).toEqual({
      ok: true,
      errors: [],
      warnings: [
        {
          path: 'states.forgotten',
          code: 'unreachable-state',
          severity: 'warning',
          message: 'is unreachable from the initial state',
        },
      ],
    });
    const published = await request(t.http).post(`/api/definitions/${key}/publish`).set(owner).expect(201);
    expect(published.body.version).toBe(2);
    // Put the clean spec back as the next draft for the tests that follow.
    await request(t.http)
      .put(`/api/definitions/${key}/draft`)
      .set(owner)
      .send({ spec: leaveSpec(key) })
      .expect(200);
  });

  it('publishes a further version next to the first', async () => {
    const owner = await t.auth('owner');
    const spec = leaveSpec(key) as { meta: { title: { zh: string; en: string } } };
    spec.meta.title = { zh: '请假申请二', en: 'Leave request 2' };
    await request(t.http).put(`/api/definitions/${key}/draft`).set(owner).send({ spec }).expect(200);
    const published = await request(t.http).post(`/api/definitions/${key}/publish`).set(owner).expect(201);
    expect(published.body.version).toBe(3);
    const v1 = await request(t.http).get(`/api/definitions/${key}/versions/1`).set(owner).expect(200);
    expect(v1.body.spec).toEqual(leaveSpec(key));
  });

  it('adds an error when spec.id differs from the key', async () => {
    const other = uniqueKey('def-other');
    const res = await request(t.http)
      .put(`/api/definitions/${other}/draft`)
      .set(await t.auth('owner'))
      .send({ spec: leaveSpec(key) })
      .expect(200);
    expect(res.body.validation.errors).toContainEqual({
      path: 'id',
      code: 'id-mismatch',
      params: { key: other },
      severity: 'error',
      message: `must equal the definition key "${other}"`,
    });
  });

  it('validates a spec without saving it', async () => {
    const staff = await t.auth('staff');
    const ok = await request(t.http)
      .post('/api/definitions/validate')
      .set(staff)
      .send({ spec: leaveSpec('anything') })
      .expect(200);
    expect(ok.body).toEqual({ ok: true, errors: [], warnings: [] });
    const bad = await request(t.http)
      .post('/api/definitions/validate')
      .set(staff)
      .send({ spec: { id: 'x', states: {} } })
      .expect(200);
    expect(bad.body.ok).toBe(false);
  });

  it.each(['staff', 'auditor', 'leader'])('forbids %s to edit or publish definitions', async (user) => {
    const auth = await t.auth(user);
    await request(t.http)
      .put(`/api/definitions/${key}/draft`)
      .set(auth)
      .send({ spec: leaveSpec(key) })
      .expect(403);
    await request(t.http).post(`/api/definitions/${key}/publish`).set(auth).expect(403);
  });

  it.each([
    ['an unknown definition', 'get', '/api/definitions/no-such-definition', 404],
    ['publishing an unknown key', 'post', '/api/definitions/no-such-definition/publish', 404],
    ['an unknown version', 'get', `/api/definitions/KEY/versions/99`, 404],
    ['a version that is not a number', 'get', `/api/definitions/KEY/versions/abc`, 400],
    ['version 0', 'get', `/api/definitions/KEY/versions/0`, 400],
    ['a malformed key', 'get', '/api/definitions/bad%20key!', 400],
  ] as const)('answers %s (%s %s) with %i', async (_name, method, path, status) => {
    const res = await request(t.http)
      [method](path.replace('KEY', key))
      .set(await t.auth('owner'));
    expect(res.status).toBe(status);
    expect(res.body).toMatchObject({ statusCode: status, message: expect.any(String) });
  });

  it('rejects a draft body with an unknown field or without a spec', async () => {
    const owner = await t.auth('owner');
    const unknown = await request(t.http)
      .put(`/api/definitions/${key}/draft`)
      .set(owner)
      .send({ spec: leaveSpec(key), extra: 1 })
      .expect(400);
    expect(unknown.body.details.errors).toContainEqual({
      path: '/extra',
      message: 'property extra should not exist',
      code: 'whitelistValidation',
    });
    const missing = await request(t.http).put(`/api/definitions/${key}/draft`).set(owner).send({}).expect(400);
    expect(missing.body.details.errors.map((e: { path: string }) => e.path)).toContain('/spec');
  });

  it('lists the workflows published from workflows/<key>/definition.json by system', async () => {
    const res = await request(t.http)
      .get('/api/definitions/entertainment-expense')
      .set(await t.auth('staff'))
      .expect(200);
    expect(res.body.versions[0]).toMatchObject({ version: 1, publishedBy: 'system' });
  });
});
