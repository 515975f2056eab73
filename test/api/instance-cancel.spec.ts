// Cancelling an instance stays in the record: a `@cancel` history entry with the admin and the
// reason, its tasks closed and timers cancelled in the same step, and replay/verify agreeing.
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

describe('cancel an instance', () => {
  let t: TestApp;
  const key = uniqueKey('cancel');

  beforeAll(async () => {
    t = await startTestApp();
    await publishSpec(t, key, matrixSpec(key));
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

  it('records who cancelled and why, closes the task, cancels the timer, and still verifies', async () => {
    const { id, taskId } = await started();
    const admin = await t.auth('admin');
    const res = await request(t.http)
      .post(`/api/instances/${id}/cancel`)
      .set(admin)
      .send({ reason: '重复提交' })
      .expect(200);
    expect(res.body).toMatchObject({ id, status: 'cancelled', state: 'review', tasks: [], acceptedEvents: [], seq: 2 });
    const history = await request(t.http)
      .get(`/api/instances/${id}/history`)
      .set(await t.auth('auditor'))
      .expect(200);
    expect(history.body.items[1]).toMatchObject({
      seq: 2,
      type: '@cancel',
      actor: 'admin',
      data: { reason: '重复提交' },
      stateAfter: 'review',
    });
    const task = await request(t.http).get(`/api/tasks/${taskId}`).set(admin).expect(200);
    expect(task.body.status).toBe('cancelled');
    const timers = await request(t.http).get(`/api/instances/${id}/timers`).set(admin).expect(200);
    expect(timers.body.items.filter((x: { status: string }) => x.status === 'scheduled')).toEqual([]);
    const verify = await request(t.http)
      .get(`/api/instances/${id}/verify`)
      .set(await t.auth('auditor'))
      .expect(200);
    expect(verify.body).toEqual({ ok: true, checked: 2 });
    const replayed = await request(t.http).get(`/api/instances/${id}/replay`).set(admin).expect(200);
    expect(replayed.body).toMatchObject({ seq: 2, status: 'cancelled', state: 'review' });

    // Offline too: the CLI replays the @cancel entry from an exported bundle.
    const dir = mkdtempSync(join(tmpdir(), 'liucheng-cancel-'));
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
    expect(stdout).toMatch(/^OK 1 instances, 2 history entries/);
  });

  it('refuses a second cancel, a missing reason, other roles and the generic event route', async () => {
    const { id } = await started();
    const admin = await t.auth('admin');
    const missing = await request(t.http).post(`/api/instances/${id}/cancel`).set(admin).send({}).expect(400);
    expect(JSON.stringify(missing.body)).toMatch(/reason/);
    await request(t.http)
      .post(`/api/instances/${id}/cancel`)
      .set(admin)
      .send({ reason: 'x'.repeat(501) })
      .expect(400);
    for (const user of ['staff', 'leader', 'auditor'])
      await request(t.http)
        .post(`/api/instances/${id}/cancel`)
        .set(await t.auth(user))
        .send({ reason: 'x' })
        .expect(403);
    await request(t.http)
      .post(`/api/instances/${id}/events`)
      .set(admin)
      .send({ type: '@cancel', data: { reason: 'x' } })
      .expect(403);
    await request(t.http).post(`/api/instances/${id}/cancel`).set(admin).send({ reason: '第一次' }).expect(200);
    const again = await request(t.http)
      .post(`/api/instances/${id}/cancel`)
      .set(admin)
      .send({ reason: '第二次' })
      .expect(409);
    expect(again.body.details.reason).toBe('not-running');
    await request(t.http)
      .post('/api/instances/00000000-0000-4000-8000-000000000000/cancel')
      .set(admin)
      .send({ reason: 'x' })
      .expect(404);
  });
});
