// An admin's "move to state" stays in the record: a `@move` history entry with the admin and the
// reason; the task of the state left closes `moved`, its timers are cancelled, the target's entry
// runs; replay and verify agree, and the offline CLI verifies the bundle.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import request from 'supertest';
import { matrixSpec } from './support/matrix-definitions';
import { publishSpec, uniqueKey } from './support/publish';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';

const run = promisify(execFile);

/** The matrix definition with a second task step after review, so a move can land on a task. */
function twoStepSpec(id: string): Record<string, unknown> {
  const spec = matrixSpec(id) as { states: Record<string, Record<string, unknown>> };
  spec.states.review.on = { APPROVE: 'finance', REJECT: 'rejected', WITHDRAW: 'withdrawn' };
  spec.states.finance = {
    meta: {
      title: { zh: '财务复核', en: 'Finance check' },
      task: { title: { zh: '财务复核', en: 'Finance check' }, candidateRoles: ['finance'], outcomes: ['APPROVE'] },
    },
    on: { APPROVE: 'approved' },
    after: { P7D: 'expired' },
  };
  return spec;
}

describe('move an instance to a state', () => {
  let t: TestApp;
  const key = uniqueKey('move');

  beforeAll(async () => {
    t = await startTestApp();
    await publishSpec(t, key, twoStepSpec(key));
  }, SETUP_TIMEOUT);
  afterAll(() => t?.close());

  async function started(): Promise<{ id: string; taskId: string }> {
    const res = await request(t.http)
      .post('/api/instances')
      .set(await t.auth('staff'))
      .send({ definitionKey: key })
      .expect(201);
    return { id: res.body.id, taskId: res.body.tasks[0].id };
  }

  it('records who moved it and why, closes the old task as moved, opens the target task, and verifies', async () => {
    const { id, taskId } = await started();
    const admin = await t.auth('admin');
    const res = await request(t.http)
      .post(`/api/instances/${id}/move`)
      .set(admin)
      .send({ to: 'finance', reason: '领导已线下批准' })
      .expect(200);
    expect(res.body).toMatchObject({ id, status: 'running', state: 'finance', acceptedEvents: ['APPROVE'], seq: 2 });
    expect(res.body.tasks).toEqual([expect.objectContaining({ statePath: 'finance', status: 'open' })]);
    const history = await request(t.http)
      .get(`/api/instances/${id}/history`)
      .set(await t.auth('auditor'))
      .expect(200);
    expect(history.body.items[1]).toMatchObject({
      seq: 2,
      type: '@move',
      actor: 'admin',
      data: { to: 'finance', reason: '领导已线下批准' },
      stateAfter: 'finance',
    });
    const task = await request(t.http).get(`/api/tasks/${taskId}`).set(admin).expect(200);
    expect(task.body.status).toBe('moved');
    const timers = await request(t.http).get(`/api/instances/${id}/timers`).set(admin).expect(200);
    const scheduled = timers.body.items.filter((x: { status: string }) => x.status === 'scheduled');
    expect(scheduled).toEqual([expect.objectContaining({ statePath: 'finance' })]);

    // The instance goes on from the target as if it had got there itself.
    const finance = await t.auth('finance');
    const next = await request(t.http)
      .post(`/api/tasks/${res.body.tasks[0].id}/complete`)
      .set(finance)
      .send({ outcome: 'APPROVE', data: {} })
      .expect(200);
    expect(next.body.instance).toMatchObject({ status: 'done', state: 'approved' });

    const verify = await request(t.http)
      .get(`/api/instances/${id}/verify`)
      .set(await t.auth('auditor'))
      .expect(200);
    expect(verify.body).toEqual({ ok: true, checked: 3 });
    const replayed = await request(t.http).get(`/api/instances/${id}/replay?seq=2`).set(admin).expect(200);
    expect(replayed.body).toMatchObject({ seq: 2, status: 'running', state: 'finance' });

    const dir = mkdtempSync(join(tmpdir(), 'liucheng-move-'));
    const bundle = await request(t.http)
      .get(`/api/audit/bundles?instanceId=${id}`)
      .set(await t.auth('auditor'))
      .expect(200);
    writeFileSync(join(dir, 'b.json'), JSON.stringify(bundle.body));
    const { stdout } = await run(
      process.execPath,
      [join(__dirname, '../../apps/cli/liucheng.cjs'), 'verify', 'b.json'],
      { cwd: dir },
    );
    expect(stdout).toMatch(/^OK 1 instances, 3 history entries/);
  });

  it('moves to a final state, which ends the instance and cancels its timers', async () => {
    const { id } = await started();
    const admin = await t.auth('admin');
    const res = await request(t.http)
      .post(`/api/instances/${id}/move`)
      .set(admin)
      .send({ to: 'withdrawn', reason: '申请人口头撤回' })
      .expect(200);
    expect(res.body).toMatchObject({ status: 'done', state: 'withdrawn', tasks: [] });
    const timers = await request(t.http).get(`/api/instances/${id}/timers`).set(admin).expect(200);
    expect(timers.body.items.filter((x: { status: string }) => x.status === 'scheduled')).toEqual([]);
  });

  it('refuses an unknown state naming it, bad bodies, other roles, the generic event route and an ended instance', async () => {
    const { id } = await started();
    const admin = await t.auth('admin');
    const unknown = await request(t.http)
      .post(`/api/instances/${id}/move`)
      .set(admin)
      .send({ to: 'review.nowhere', reason: 'x' })
      .expect(422);
    expect(unknown.body.details.errors).toEqual([expect.objectContaining({ path: '/data/to' })]);
    expect(unknown.body.message).toMatch(/review\.nowhere/);
    const missing = await request(t.http)
      .post(`/api/instances/${id}/move`)
      .set(admin)
      .send({ to: 'finance' })
      .expect(400);
    expect(JSON.stringify(missing.body)).toMatch(/reason/);
    await request(t.http).post(`/api/instances/${id}/move`).set(admin).send({ reason: 'x' }).expect(400);
    for (const user of ['staff', 'leader', 'auditor'])
      await request(t.http)
        .post(`/api/instances/${id}/move`)
        .set(await t.auth(user))
        .send({ to: 'approved', reason: 'x' })
        .expect(403);
    await request(t.http)
      .post(`/api/instances/${id}/events`)
      .set(admin)
      .send({ type: '@move', data: { to: 'approved', reason: 'x' } })
      .expect(403);
    // The compiled move transitions are no events of their own, not even for the starter.
    await request(t.http)
      .post(`/api/instances/${id}/events`)
      .set(await t.auth('staff'))
      .send({ type: 'liucheng.move.approved' })
      .expect(409);
    const history = await request(t.http).get(`/api/instances/${id}/history`).set(admin).expect(200);
    expect(history.body.items.map((e: { type: string }) => e.type)).toEqual(['@start']);
    await request(t.http)
      .post(`/api/instances/${id}/move`)
      .set(admin)
      .send({ to: 'approved', reason: '完成' })
      .expect(200);
    const again = await request(t.http)
      .post(`/api/instances/${id}/move`)
      .set(admin)
      .send({ to: 'review', reason: '再次' })
      .expect(409);
    expect(again.body.details.reason).toBe('not-running');
    await request(t.http)
      .post('/api/instances/00000000-0000-4000-8000-000000000000/move')
      .set(admin)
      .send({ to: 'review', reason: 'x' })
      .expect(404);
  });
});
