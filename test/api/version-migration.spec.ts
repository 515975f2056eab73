// Running instances of version 1 move to version 2 with an explicit state mapping: a dry run
// writes nothing and lists, per instance, what would move and what cannot and why; the run
// writes one `@migrate` entry per instance in its own transaction; replay, verify and the
// offline CLI switch to version 2's definition at that entry; tampering with it is detected.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { matrixSpec } from './support/matrix-definitions';
import { publishSpec, uniqueKey } from './support/publish';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';

const run = promisify(execFile);

type States = Record<string, Record<string, unknown>>;

/** Version 1: review (leader) → finance → approved. */
function v1(id: string): Record<string, unknown> {
  const spec = matrixSpec(id) as { states: States };
  spec.states.review.on = { APPROVE: 'finance', REJECT: 'rejected', WITHDRAW: 'withdrawn' };
  spec.states.finance = {
    meta: {
      title: { zh: '财务复核', en: 'Finance check' },
      task: { title: { zh: '财务复核', en: 'Finance check' }, candidateRoles: ['finance'], outcomes: ['APPROVE'] },
    },
    on: { APPROVE: 'approved' },
  };
  return spec;
}

/** Version 2: the leader's review is now `check`, handled by the leader within two days. */
function v2(id: string): Record<string, unknown> {
  const spec = v1(id) as { initial: string; states: States };
  const { review, ...rest } = spec.states;
  spec.initial = 'check';
  spec.states = {
    check: {
      ...review,
      meta: { ...(review.meta as object), title: { zh: '主管审核', en: 'Check' } },
      after: { P2D: 'expired' },
    },
    ...rest,
  };
  return spec;
}

describe('migrate running instances to the next version', () => {
  let t: TestApp;
  let db: DataSource;
  const key = uniqueKey('migrate');
  const base = `/api/definitions/${key}/versions/1/migration`;
  const ids: { inReview: string; inFinance: string; ended: string } = { inReview: '', inFinance: '', ended: '' };

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    await publishSpec(t, key, v1(key));
    const staff = await t.auth('staff');
    const start = async () =>
      (await request(t.http).post('/api/instances').set(staff).send({ definitionKey: key }).expect(201)).body;
    ids.inReview = (await start()).id;
    const second = await start();
    ids.inFinance = second.id;
    await request(t.http)
      .post(`/api/tasks/${second.tasks[0].id}/complete`)
      .set(await t.auth('leader'))
      .send({ outcome: 'APPROVE', data: {} })
      .expect(200);
    const third = await start();
    ids.ended = third.id;
    await request(t.http)
      .post(`/api/tasks/${third.tasks[0].id}/complete`)
      .set(await t.auth('leader'))
      .send({ outcome: 'REJECT', data: {} })
      .expect(200);
    expect(await publishSpec(t, key, v2(key))).toBe(2);
  }, SETUP_TIMEOUT);
  afterAll(() => t?.close());

  const historyOf = async (id: string) =>
    (
      await request(t.http)
        .get(`/api/instances/${id}/history`)
        .set(await t.auth('admin'))
        .expect(200)
    ).body.items;

  it('dry run: lists per running instance what would move and what cannot and why, and writes nothing', async () => {
    const before = [await historyOf(ids.inReview), await historyOf(ids.inFinance)];
    const res = await request(t.http)
      .post(`${base}/dry-run`)
      .set(await t.auth('owner'))
      .send({ mapping: {}, reason: '试运行' })
      .expect(200);
    expect(res.body).toMatchObject({ definitionKey: key, fromVersion: 1, toVersion: 2, dryRun: true });
    expect(res.body.items).toEqual([
      expect.objectContaining({
        instanceId: ids.inReview,
        stateBefore: 'review',
        outcome: 'cannot-migrate',
        problems: [expect.objectContaining({ path: '/mapping/review', code: 'unmapped-state' })],
      }),
      expect.objectContaining({
        instanceId: ids.inFinance,
        stateAfter: 'finance',
        outcome: 'would-migrate',
        problems: [],
      }),
    ]);
    expect(res.body.counts).toMatchObject({ 'would-migrate': 1, 'cannot-migrate': 0 + 1, migrated: 0 });
    const mapped = await request(t.http)
      .post(`${base}/dry-run`)
      .set(await t.auth('admin'))
      .send({ mapping: { review: 'check' }, reason: '试运行' })
      .expect(200);
    expect(mapped.body.items.map((i: { stateAfter: string }) => i.stateAfter)).toEqual(['check', 'finance']);
    expect([await historyOf(ids.inReview), await historyOf(ids.inFinance)]).toEqual(before);
    const instance = await request(t.http)
      .get(`/api/instances/${ids.inReview}`)
      .set(await t.auth('admin'))
      .expect(200);
    expect(instance.body.version).toBe(1);
  });

  it('refuses a mapping naming states the versions do not have, a missing reason, other roles and no next version', async () => {
    const owner = await t.auth('owner');
    const bad = await request(t.http)
      .post(`${base}/dry-run`)
      .set(owner)
      .send({ mapping: { review: 'nowhere', ghost: 'finance' }, reason: 'x' })
      .expect(422);
    expect(bad.body.details).toMatchObject({ reason: 'invalid-mapping' });
    expect(bad.body.details.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      '/mapping/ghost',
      '/mapping/review',
    ]);
    await request(t.http).post(base).set(owner).send({ mapping: {} }).expect(400);
    await request(t.http).post(base).set(owner).send({ mapping: 'review', reason: 'x' }).expect(400);
    for (const user of ['staff', 'leader', 'auditor'])
      await request(t.http)
        .post(base)
        .set(await t.auth(user))
        .send({ mapping: {}, reason: 'x' })
        .expect(403);
    const last = await request(t.http)
      .post(`/api/definitions/${key}/versions/2/migration/dry-run`)
      .set(owner)
      .send({ mapping: {}, reason: 'x' })
      .expect(409);
    expect(last.body.details.reason).toBe('no-next-version');
    await request(t.http)
      .post(`/api/definitions/${key}/versions/7/migration`)
      .set(owner)
      .send({ mapping: {}, reason: 'x' })
      .expect(404);
    // A version that is not a positive int4 is refused at /version before any lookup.
    for (const version of ['0', '-1', '1.5', 'abc', '99999999999']) {
      const res = await request(t.http)
        .post(`/api/definitions/${key}/versions/${version}/migration/dry-run`)
        .set(owner)
        .send({ mapping: {}, reason: 'x' })
        .expect(400);
      expect(res.body.details.errors).toEqual([
        { path: '/version', message: 'must be a positive integer', code: 'invalid-version' },
      ]);
    }
  });

  it('run: migrates each instance on its own (an unmappable one stays), then the rest with a mapping', async () => {
    const owner = await t.auth('owner');
    const first = await request(t.http).post(base).set(owner).send({ mapping: {}, reason: '新版上线' }).expect(200);
    expect(first.body.items).toEqual([
      expect.objectContaining({ instanceId: ids.inReview, outcome: 'cannot-migrate' }),
      expect.objectContaining({ instanceId: ids.inFinance, outcome: 'migrated', stateAfter: 'finance' }),
    ]);
    expect((await historyOf(ids.inReview)).map((e: { type: string }) => e.type)).toEqual(['@start']);

    const oldTask = (
      await request(t.http)
        .get(`/api/instances/${ids.inReview}`)
        .set(await t.auth('admin'))
        .expect(200)
    ).body.tasks[0];
    const second = await request(t.http)
      .post(base)
      .set(owner)
      .send({ mapping: { review: 'check' }, reason: '新版上线' })
      .expect(200);
    expect(second.body.items).toEqual([
      expect.objectContaining({
        instanceId: ids.inReview,
        outcome: 'migrated',
        stateBefore: 'review',
        stateAfter: 'check',
      }),
    ]);
    const admin = await t.auth('admin');
    const instance = (await request(t.http).get(`/api/instances/${ids.inReview}`).set(admin).expect(200)).body;
    expect(instance).toMatchObject({ version: 2, state: 'check', status: 'running', seq: 2 });
    expect(instance.tasks).toEqual([expect.objectContaining({ statePath: 'check', status: 'open' })]);
    expect((await request(t.http).get(`/api/tasks/${oldTask.id}`).set(admin).expect(200)).body.status).toBe('moved');
    const timers = (await request(t.http).get(`/api/instances/${ids.inReview}/timers`).set(admin).expect(200)).body;
    expect(timers.items.filter((x: { status: string }) => x.status === 'scheduled')).toEqual([
      expect.objectContaining({ statePath: 'check' }),
    ]);
    expect((await historyOf(ids.inReview))[1]).toMatchObject({
      seq: 2,
      type: '@migrate',
      actor: 'owner',
      data: { fromVersion: 1, toVersion: 2, mapping: { review: 'check' }, reason: '新版上线' },
      stateAfter: 'check',
    });

    // It runs on version 2 now, and the history still verifies and replays across the switch.
    await request(t.http)
      .post(`/api/tasks/${instance.tasks[0].id}/complete`)
      .set(await t.auth('leader'))
      .send({ outcome: 'APPROVE', data: {} })
      .expect(200);
    const auditor = await t.auth('auditor');
    for (const id of [ids.inReview, ids.inFinance])
      expect((await request(t.http).get(`/api/instances/${id}/verify`).set(auditor).expect(200)).body.ok).toBe(true);
    const replayed = await request(t.http).get(`/api/instances/${ids.inReview}/replay?seq=2`).set(admin).expect(200);
    expect(replayed.body).toMatchObject({ seq: 2, state: 'check' });
    const steps = await request(t.http).get(`/api/instances/${ids.inReview}/replay/steps`).set(auditor).expect(200);
    expect(steps.body.items.map((s: { state: string }) => s.state)).toEqual(['review', 'check', 'finance']);
    // The player draws each step on the version it ran on.
    expect(steps.body.items.map((s: { version: number }) => s.version)).toEqual([1, 2, 2]);

    // Offline: the bundle carries both versions, and the CLI verifies and replays it.
    const dir = mkdtempSync(join(tmpdir(), 'liucheng-migrate-'));
    const bundle = await request(t.http).get(`/api/audit/bundles?instanceId=${ids.inReview}`).set(auditor).expect(200);
    expect(bundle.body.definitions.map((d: { version: number }) => d.version)).toEqual([1, 2]);
    writeFileSync(join(dir, 'b.json'), JSON.stringify(bundle.body));
    const cli = join(__dirname, '../../apps/cli/liucheng.cjs');
    const verified = await run(process.execPath, [cli, 'verify', 'b.json'], { cwd: dir });
    expect(verified.stdout).toMatch(/^OK 1 instances, 3 history entries/);
    const at2 = await run(process.execPath, [cli, 'replay', 'b.json', '--seq', '2'], { cwd: dir });
    expect(JSON.parse(at2.stdout)).toMatchObject({ seq: 2, state: 'check', matchesRecordedState: true });

    // An ended instance was never a candidate.
    const ended = (await request(t.http).get(`/api/instances/${ids.ended}`).set(admin).expect(200)).body;
    expect(ended.version).toBe(1);
  });

  it('detects a tampered @migrate entry', async () => {
    await db.query(
      `UPDATE instance_events SET data = jsonb_set(data, '{mapping,review}', '"finance"') WHERE instance_id = $1 AND seq = 2`,
      [ids.inReview],
    );
    const res = await request(t.http)
      .get(`/api/instances/${ids.inReview}/verify`)
      .set(await t.auth('auditor'))
      .expect(200);
    expect(res.body).toMatchObject({ ok: false, firstBadSeq: 2, code: 'hash' });
  });
});
