// Audit evidence end to end: checkpoints, Ed25519 signatures held by the admin, bundles as JSON,
// CSV and HTML, the offline CLI on an exported bundle in a temp directory, scheduled verification
// and its incidents — and each tampering done the way an insider would, with SQL.
import { execFile } from 'node:child_process';
import { generateKeyPairSync, sign } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { Checkpoint } from '@liucheng/contracts';
import { checkpointHash, sealBundle, type EvidenceBundle } from '@liucheng/engine';
import { publishSpec, uniqueKey } from './support/publish';
import { files } from './support/attachment-files';
import { matrixSpec } from './support/matrix-definitions';
import { pingSpec } from './support/test-definitions';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';

const run = promisify(execFile);
const CLI = join(__dirname, '../../apps/cli/liucheng.cjs');

/** Runs the CLI as a child process from the temp directory; its exit code and output. */
async function cli(cwd: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { cwd, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** A forger who edits a bundle and recomputes every checksum in it. */
function reseal(bundle: EvidenceBundle): EvidenceBundle {
  const { manifest: _m, manifestSha256: _s, ...content } = bundle;
  return sealBundle(content);
}

/** Deletes an instance and every row that points at it, as someone with psql would. */
async function deleteInstance(db: DataSource, id: string): Promise<void> {
  const refs = (await db.query(
    `SELECT DISTINCT tc.table_name, kcu.column_name
       FROM information_schema.table_constraints tc
       JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name
       JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name
      WHERE tc.constraint_type = 'FOREIGN KEY' AND ccu.table_name = 'instances' AND ccu.column_name = 'id'`,
  )) as Array<{ table_name: string; column_name: string }>;
  for (let pass = 0; pass < 3; pass++)
    for (const r of refs)
      await db.query(`DELETE FROM ${r.table_name} WHERE ${r.column_name} = $1`, [id]).catch(() => undefined);
  await db.query(`DELETE FROM instances WHERE id = $1`, [id]);
}

/** Removes the last history entry and sets the instance row back to the entry before. */
async function truncateTail(db: DataSource, id: string): Promise<void> {
  const [row] = (await db.query(`SELECT seq FROM instances WHERE id = $1`, [id])) as Array<{ seq: number }>;
  await db.query(`DELETE FROM instance_events WHERE instance_id = $1 AND seq = $2`, [id, row.seq]);
  await db.query(
    `UPDATE instances i SET seq = e.seq, last_hash = e.hash, state = e.state_after, status = 'running',
            snapshot = jsonb_set(i.snapshot, '{context}', jsonb_build_object('n', (i.snapshot->'context'->>'n')::int - 1))
       FROM instance_events e WHERE i.id = $1 AND e.instance_id = i.id AND e.seq = $2`,
    [id, row.seq - 1],
  );
}

describe('audit evidence', () => {
  let t: TestApp;
  let db: DataSource;
  // Starts at the real time (runs of earlier test runs stay in the database) and moves only when told.
  let now = Date.now();
  const key = uniqueKey('audit-ping');
  const dir = mkdtempSync(join(tmpdir(), 'liucheng-bundle-'));
  const ids: string[] = [];
  let checkpoint: Checkpoint;
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const publicPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  writeFileSync(join(dir, 'admin.pub.pem'), publicPem);

  const tick = () => (now += 5);
  const as = async (user: string) => t.auth(user);
  async function send(id: string, type: string) {
    tick();
    await request(t.http)
      .post(`/api/instances/${id}/events`)
      .set(await as('staff'))
      .send({ type })
      .expect(200);
  }
  async function bundle(query: string, user = 'auditor'): Promise<EvidenceBundle> {
    const res = await request(t.http)
      .get(`/api/audit/bundles?${query}`)
      .set(await as(user))
      .expect(200);
    return res.body as EvidenceBundle;
  }
  const save = (name: string, value: unknown) => {
    const file = join(dir, name);
    writeFileSync(file, JSON.stringify(value));
    return file;
  };

  beforeAll(async () => {
    t = await startTestApp({ clock: () => new Date(now) });
    db = t.app.get(DataSource);
    await publishSpec(t, key, pingSpec(key));
    for (let i = 0; i < 4; i++) {
      tick();
      const res = await request(t.http)
        .post('/api/instances')
        .set(await as('staff'))
        .send({ definitionKey: key })
        .expect(201);
      ids.push(res.body.id);
      await send(res.body.id, 'PING');
      await send(res.body.id, 'PING');
    }
    tick();
    checkpoint = (
      await request(t.http)
        .post('/api/audit/checkpoints')
        .set(await as('admin'))
        .expect(201)
    ).body;
  }, SETUP_TIMEOUT);
  afterAll(() => t?.close());

  it('takes a checkpoint over every instance, chained to the one before, that an auditor verifies', async () => {
    expect(checkpoint).toMatchObject({ at: new Date(now).toISOString(), signature: null });
    expect(checkpoint.count).toBeGreaterThanOrEqual(4);
    expect(checkpointHash(checkpoint)).toBe(checkpoint.hash);
    const auditor = await as('auditor');
    if (checkpoint.seq > 1) {
      const before = await request(t.http)
        .get(`/api/audit/checkpoints/${checkpoint.seq - 1}`)
        .set(auditor)
        .expect(200);
      expect(checkpoint.prevHash).toBe(before.body.hash);
    }
    const verdict = await request(t.http)
      .get(`/api/audit/checkpoints/${checkpoint.seq}/verify`)
      .set(auditor)
      .expect(200);
    expect(verdict.body.failures.filter((f: { instanceId?: string }) => ids.includes(f.instanceId ?? ''))).toEqual([]);
    expect(verdict.body.checked).toBe(checkpoint.count);
    const list = await request(t.http).get('/api/audit/checkpoints?limit=1').set(auditor).expect(200);
    expect(list.body.items).toHaveLength(1);
  });

  it('stores a signature made with the admin’s private key, and refuses one that does not verify', async () => {
    const admin = await as('admin');
    const bad = await request(t.http)
      .post('/api/audit/signing-keys')
      .set(admin)
      .send({ publicKey: 'nope', label: 'x' })
      .expect(422);
    expect(bad.body.details).toMatchObject({ code: 'bad-public-key', errors: [{ path: '/publicKey' }] });
    const added = await request(t.http)
      .post('/api/audit/signing-keys')
      .set(admin)
      .send({ publicKey: publicPem, label: '审计委员会' })
      .expect(201);
    expect(added.body.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    const other = generateKeyPairSync('ed25519').privateKey;
    const forged = sign(null, Buffer.from(checkpoint.signingPayload), other).toString('base64');
    const refused = await request(t.http)
      .post(`/api/audit/checkpoints/${checkpoint.seq}/signature`)
      .set(admin)
      .send({ keyId: added.body.id, signature: forged })
      .expect(422);
    expect(refused.body.details.code).toBe('bad-signature');
    const signature = sign(null, Buffer.from(checkpoint.signingPayload), privateKey).toString('base64');
    const signed = await request(t.http)
      .post(`/api/audit/checkpoints/${checkpoint.seq}/signature`)
      .set(admin)
      .send({ keyId: added.body.id, signature })
      .expect(200);
    expect(signed.body.signature).toMatchObject({ keyId: added.body.id, signature, signedBy: 'admin' });
    checkpoint = signed.body;
  });

  it('exports a bundle the CLI verifies offline, and replays any step of it', async () => {
    const b = await bundle(`definitionKey=${key}&checkpoint=${checkpoint.seq}`);
    expect(b.instances.map((i) => i.id).sort()).toEqual([...ids].sort());
    expect(b.definitions).toHaveLength(1);
    expect(b.checkpoint?.proofs).toHaveLength(4);
    expect(b.checkpoint?.signature?.signature).toBe(checkpoint.signature?.signature);
    const file = save('bundle.json', b);
    const ok = await cli(dir, 'verify', file, '--public-key', 'admin.pub.pem');
    expect(ok).toMatchObject({ code: 0, stderr: '' });
    expect(ok.stdout).toMatch(/^OK 4 instances, 12 history entries.*signature: verified/);
    const withBar = await cli(dir, 'verify', file, '--progress');
    expect(withBar.stderr).toMatch(/verifying \[#+\] 100% 4\/4/);
    const replayed = await cli(dir, 'replay', file, '--instance', ids[0], '--seq', '2');
    expect(replayed.code).toBe(0);
    expect(JSON.parse(replayed.stdout)).toMatchObject({
      seq: 2,
      state: 'on',
      context: { n: 1 },
      changed: ['n'],
      matchesRecordedState: true,
      event: { type: 'PING', actor: 'staff' },
    });
  });

  it.each<[string, (b: EvidenceBundle) => EvidenceBundle, RegExp]>([
    [
      'changed data',
      (b) =>
        reseal({
          ...b,
          instances: b.instances.map((i, n) =>
            n === 0 ? { ...i, history: i.history.map((e) => (e.seq === 2 ? { ...e, data: { by: 5 } } : e)) } : i,
          ),
        }),
      /seq 2: hash: .*\[hash\]/,
    ],
    [
      'reordered entries',
      (b) =>
        reseal({
          ...b,
          instances: b.instances.map((i, n) =>
            n === 1 ? { ...i, history: [i.history[0], i.history[2], i.history[1]] } : i,
          ),
        }),
      /seq 2: gap: expected seq 2, found 3 \[gap\]/,
    ],
    [
      'a deleted middle entry',
      (b) =>
        reseal({
          ...b,
          instances: b.instances.map((i, n) => (n === 2 ? { ...i, history: [i.history[0], i.history[2]] } : i)),
        }),
      /\[gap\]/,
    ],
    [
      'a forged checkpoint re-hashed but not re-signed',
      (b) => {
        const forged = { ...b.checkpoint!, count: b.checkpoint!.count + 1 };
        return reseal({ ...b, checkpoint: { ...forged, hash: checkpointHash(forged) } });
      },
      /signature does not verify with the trusted public key \[checkpoint-signature\]/,
    ],
    [
      'an edit without new checksums',
      (b) => ({ ...b, createdBy: 'someone else' }),
      /contents do not match manifest.contentSha256 \[content\]/,
    ],
  ])('the CLI fails a bundle with %s, naming why', async (name, tamper, message) => {
    const b = await bundle(`definitionKey=${key}&checkpoint=${checkpoint.seq}`);
    const file = save(`${name.replace(/\W+/g, '-')}.json`, tamper(b));
    const result = await cli(dir, 'verify', file, '--public-key', 'admin.pub.pem');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^FAIL /);
    expect(result.stdout.split('\n')[0]).toMatch(message);
  });

  it('finds a truncated tail and a deleted instance, in SQL, on the server, in a bundle and with the CLI', async () => {
    const auditor = await as('auditor');
    const runBefore = (
      await request(t.http)
        .post('/api/audit/verification-runs')
        .set(await as('admin'))
        .expect(201)
    ).body;
    expect(runBefore.checkpointSeq).toBeGreaterThanOrEqual(checkpoint.seq);
    await truncateTail(db, ids[1]);
    await deleteInstance(db, ids[3]);
    // The instance's own verification cannot see a tail removed with the row set back …
    const own = await request(t.http).get(`/api/instances/${ids[1]}/verify`).set(auditor).expect(200);
    expect(own.body).toEqual({ ok: true, checked: 2 });
    // … the checkpoint does.
    const verdict = await request(t.http)
      .get(`/api/audit/checkpoints/${checkpoint.seq}/verify`)
      .set(auditor)
      .expect(200);
    const mine = verdict.body.failures.filter((f: { instanceId?: string }) => ids.includes(f.instanceId ?? ''));
    expect(mine).toHaveLength(2);
    expect(mine).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'entry-missing', instanceId: ids[1], seq: 3 }),
        expect.objectContaining({ code: 'instance-missing', instanceId: ids[3], seq: 3 }),
      ]),
    );

    const b = await bundle(`definitionKey=${key}&checkpoint=${checkpoint.seq}`);
    expect(b.instances).toHaveLength(3);
    expect(b.checkpoint?.proofs.map((p) => p.instanceId)).toContain(ids[3]);
    const result = await cli(dir, 'verify', save('tampered.json', b), '--public-key', 'admin.pub.pem');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      new RegExp(`saw instance ${ids[1]} at seq 3; its history ends at seq 2 \\(truncated\\?\\) \\[entry-missing\\]`),
    );
    expect(result.stdout).toMatch(
      new RegExp(
        `saw instance ${ids[3]} at seq 3; the bundle does not hold it \\(deleted\\?\\) \\[instance-missing\\]`,
      ),
    );

    const alone = await cli(
      dir,
      'verify',
      save('one.json', await bundle(`instanceId=${ids[1]}&checkpoint=${checkpoint.seq}`)),
    );
    expect(alone.stdout).toMatch(/\[entry-missing\]/);

    // The scheduled run raises incidents an auditor reads.
    tick();
    const runAfter = (
      await request(t.http)
        .post('/api/audit/verification-runs')
        .set(await as('admin'))
        .expect(201)
    ).body;
    expect(runAfter.since).toBe(runBefore.startedAt);
    const incidents = await request(t.http).get('/api/audit/incidents?limit=200').set(auditor).expect(200);
    const raised = incidents.body.items.filter((i: { instanceId: string | null }) => ids.includes(i.instanceId ?? ''));
    expect(raised.map((i: { code: string; instanceId: string }) => [i.code, i.instanceId])).toEqual(
      expect.arrayContaining([
        ['entry-missing', ids[1]],
        ['instance-missing', ids[3]],
      ]),
    );
    expect(raised[0]).toMatchObject({ kind: 'checkpoint', runId: expect.any(String), detectedAt: expect.any(String) });
    // Seen again by the next run, a problem stays one incident.
    tick();
    await request(t.http)
      .post('/api/audit/verification-runs')
      .set(await as('admin'))
      .expect(201);
    const again = await request(t.http).get('/api/audit/incidents?limit=200').set(auditor).expect(200);
    expect(
      again.body.items.filter((i: { instanceId: string | null }) => ids.includes(i.instanceId ?? '')),
    ).toHaveLength(raised.length);
  });

  it('verifies every instance changed since the last run and raises an incident for a changed history', async () => {
    const admin = await as('admin');
    tick();
    const first = (await request(t.http).post('/api/audit/verification-runs').set(admin).expect(201)).body;
    await send(ids[0], 'PING');
    await db.query(`UPDATE instance_events SET data = '{"by": 9}' WHERE instance_id = $1 AND seq = 2`, [ids[0]]);
    tick();
    const second = (await request(t.http).post('/api/audit/verification-runs').set(admin).expect(201)).body;
    expect(second).toMatchObject({ since: first.startedAt });
    expect(second.instancesChecked).toBeGreaterThanOrEqual(1);
    const incidents = await request(t.http)
      .get('/api/audit/incidents')
      .set(await as('auditor'))
      .expect(200);
    expect(incidents.body.items).toContainEqual(
      expect.objectContaining({ kind: 'history', code: 'hash', instanceId: ids[0], seq: 2, runId: second.id }),
    );
    const runs = await request(t.http)
      .get('/api/audit/verification-runs?limit=2')
      .set(await as('auditor'))
      .expect(200);
    expect(runs.body.items[0].id).toBe(second.id);
  });

  it("carries attachments' hashes, not their bytes, and the CLI still verifies", async () => {
    const withFile = uniqueKey('audit-file');
    await publishSpec(t, withFile, matrixSpec(withFile));
    tick();
    const started = await request(t.http)
      .post('/api/instances')
      .set(await as('staff'))
      .send({ definitionKey: withFile })
      .expect(201);
    const upload = await request(t.http)
      .post('/api/attachments')
      .set(await as('leader'))
      .set('Content-Type', 'application/pdf')
      .set('X-Filename', encodeURIComponent('决定.pdf'))
      .send(files.pdf())
      .expect(201);
    const { id, sha256, filename, contentType, size } = upload.body;
    tick();
    await request(t.http)
      .post(`/api/tasks/${started.body.tasks[0].id}/complete`)
      .set(await as('leader'))
      .send({ outcome: 'APPROVE', data: { decision: { attachmentId: id, sha256, filename, contentType, size } } })
      .expect(200);
    const b = await bundle(`instanceId=${started.body.id}&checkpoint=${checkpoint.seq}`);
    expect(b.instances[0].attachments).toEqual([{ id, fileName: filename, contentType, size, sha256, seq: 2 }]);
    expect(JSON.stringify(b)).not.toContain(Buffer.from('%PDF').toString('base64'));
    // Taken before this instance started, the checkpoint does not cover it, and says so by having no proof.
    expect(b.checkpoint?.proofs.map((p) => p.instanceId)).not.toContain(started.body.id);
    const result = await cli(dir, 'verify', save('attachment.json', b));
    expect(result).toMatchObject({ code: 0 });
    expect(result.stdout).toMatch(/^OK 1 instances, 2 history entries/);
  });

  it('renders CSV rows and a printable report in Chinese or English', async () => {
    const auditor = await as('auditor');
    const csv = await request(t.http)
      .get(`/api/audit/bundles?instanceId=${ids[2]}&format=csv`)
      .set(auditor)
      .expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'instanceId,businessKey,definitionKey,version,seq,at,actor,type,data,stateAfter,prevHash,hash',
    );
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(new RegExp(`^${ids[2]},,${key},1,1,`));
    const zh = await request(t.http)
      .get(`/api/audit/bundles?instanceId=${ids[2]}&format=html`)
      .set(auditor)
      .expect(200);
    expect(zh.headers['content-type']).toMatch(/^text\/html/);
    expect(zh.text).toContain('审计证据报告');
    expect(zh.text).toContain('@media print');
    expect(zh.text).toMatch(/<ol class="timeline">[\s\S]*PING/);
    const en = await request(t.http)
      .get(`/api/audit/bundles?instanceId=${ids[2]}&format=html&lang=en`)
      .set(auditor)
      .expect(200);
    expect(en.text).toContain('Audit evidence report');
    expect(en.text).not.toContain('审计证据报告');
  });

  it('answers bad input with 4xx naming the field, and keeps every write route closed to auditors', async () => {
    const auditor = await as('auditor');
    for (const [path, field] of [
      ['/api/audit/bundles?format=pdf', 'format'],
      ['/api/audit/bundles?instanceId=nope', 'instanceId'],
      ['/api/audit/bundles?checkpoint=0', 'checkpoint'],
    ])
      expect((await request(t.http).get(path).set(auditor).expect(400)).body.message).toMatch(field);
    await request(t.http).get('/api/audit/checkpoints/abc').set(auditor).expect(400);
    await request(t.http).get('/api/audit/checkpoints/2147483647').set(auditor).expect(404);
    await request(t.http).get(`/api/audit/bundles?instanceId=${ids[3]}`).set(auditor).expect(404);
    for (const path of [
      '/api/audit/checkpoints',
      '/api/audit/verification-runs',
      '/api/audit/signing-keys',
      `/api/audit/checkpoints/${checkpoint.seq}/signature`,
    ])
      await request(t.http).post(path).set(auditor).send({}).expect(403);
    for (const user of ['staff', 'leader', 'owner'])
      await request(t.http)
        .get('/api/audit/incidents')
        .set(await as(user))
        .expect(403);
  });
});
