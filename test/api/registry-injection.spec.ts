import request from 'supertest';
import { createRegistry, standardRegistry, type AssignActionEntry } from '@liucheng/engine';
import { publishSpec, uniqueKey } from './support/publish';
import { leaveSpec } from './support/test-definitions';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';

/** An entry only this app knows: stamps the approver's comment in upper case. */
const shout: AssignActionEntry = {
  name: 'shout',
  kind: 'assign',
  title: { zh: '大写批注', en: 'Shout the comment' },
  params: { type: 'object', additionalProperties: false },
  assign: ({ context, event }) => ({ ...context, comment: String(event.data?.comment ?? '').toUpperCase() }),
};

/** The leave request with `shout` as the approval's action. */
function shoutingLeaveSpec(id: string): Record<string, unknown> {
  const spec = leaveSpec(id) as { states: { submitted: { on: { APPROVE: { actions: unknown[] } } } } };
  spec.states.submitted.on.APPROVE.actions = [{ type: 'shout' }];
  return spec as unknown as Record<string, unknown>;
}

describe('the registry comes from createApp({registry})', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ registry: createRegistry(standardRegistry, { actions: { shout } }), workflowsDir: false });
  }, SETUP_TIMEOUT);
  afterAll(() => t?.close());

  it('lists the injected entries and only those on GET /api/registry', async () => {
    const res = await request(t.http)
      .get('/api/registry')
      .set(await t.auth('staff'))
      .expect(200);
    const actions = res.body.actions.map((a: { name: string }) => a.name);
    expect(actions).toContain('shout');
    expect(actions).toContain('assign');
    expect(actions).not.toContain('businessFee');
  });

  it('validates against it: a domain entry it lacks is a problem', async () => {
    const spec = leaveSpec('anything') as { states: { submitted: { on: { APPROVE: { actions: unknown[] } } } } };
    spec.states.submitted.on.APPROVE.actions = [{ type: 'businessFee', params: {} }];
    const res = await request(t.http)
      .post('/api/definitions/validate')
      .set(await t.auth('staff'))
      .send({ spec })
      .expect(200);
    expect(res.body.ok).toBe(false);
    expect(JSON.stringify(res.body.errors)).toContain('businessFee');
  });

  it('publishes, compiles and runs a definition that uses an injected action', async () => {
    const key = uniqueKey('registry-shout');
    await publishSpec(t, key, shoutingLeaveSpec(key));
    const started = await request(t.http)
      .post('/api/instances')
      .set(await t.auth('staff'))
      .send({ definitionKey: key, input: { days: 2 } })
      .expect(201);
    const approved = await request(t.http)
      .post(`/api/instances/${started.body.id}/events`)
      .set(await t.auth('leader'))
      .send({ type: 'APPROVE', data: { comment: 'ok, enjoy' } })
      .expect(200);
    expect(approved.body.state).toBe('approved');
    expect(approved.body.context.comment).toBe('OK, ENJOY');
  });
});
