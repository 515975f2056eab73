// Checkpoint leaf retention: writing a checkpoint drops the leaves of unsigned checkpoints older
// than the newest three (AUDIT_CHECKPOINT_KEEP_LEAVES); signed ones keep theirs. A pruned
// checkpoint still verifies its chain and signature, says it was pruned, and covers no bundle.
import { generateKeyPairSync, sign } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { checkpointsKeepingLeaves } from '../../apps/api/src/audit/checkpoints.service';
import { publishSpec, uniqueKey } from './support/publish';
import { pingSpec } from './support/test-definitions';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';

interface CheckpointBody {
  seq: number;
  count: number;
  signingPayload: string;
  leavesPrunedAt: string | null;
}

describe('checkpoint leaf retention', () => {
  let t: TestApp;
  const key = uniqueKey('retention');
  const taken: CheckpointBody[] = [];

  const leafCount = async (seq: number) =>
    Number(
      (
        await t.app
          .get(DataSource)
          .query(`SELECT count(*) AS n FROM audit_checkpoint_leaves WHERE checkpoint_seq = $1`, [seq])
      )[0].n,
    );

  beforeAll(async () => {
    t = await startTestApp();
    await publishSpec(t, key, pingSpec(key));
    const admin = await t.auth('admin');
    await request(t.http)
      .post('/api/instances')
      .set(await t.auth('staff'))
      .send({ definitionKey: key })
      .expect(201);
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const keyId = (
      await request(t.http)
        .post('/api/audit/signing-keys')
        .set(admin)
        .send({ publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(), label: '保留策略测试' })
        .expect(201)
    ).body.id;
    for (let i = 0; i < 6; i++) {
      const checkpoint = (await request(t.http).post('/api/audit/checkpoints').set(admin).expect(201)).body;
      // The second is signed: a copy of it is held outside, so it keeps its leaves.
      if (i === 1) {
        const signature = sign(null, Buffer.from(checkpoint.signingPayload), privateKey).toString('base64');
        await request(t.http)
          .post(`/api/audit/checkpoints/${checkpoint.seq}/signature`)
          .set(admin)
          .send({ keyId, signature })
          .expect(200);
      }
      taken.push(checkpoint);
    }
  }, SETUP_TIMEOUT);
  afterAll(() => t?.close());

  it('keeps the leaves of the newest three and of the signed one, and drops the others', async () => {
    expect(checkpointsKeepingLeaves({})).toBe(3);
    const auditor = await t.auth('auditor');
    const now = await Promise.all(
      taken.map(
        async (c) => (await request(t.http).get(`/api/audit/checkpoints/${c.seq}`).set(auditor).expect(200)).body,
      ),
    );
    expect(now.map((c: CheckpointBody) => c.leavesPrunedAt !== null)).toEqual([true, false, true, false, false, false]);
    expect(await Promise.all(taken.map((c) => leafCount(c.seq)))).toEqual(
      taken.map((c, i) => ([0, 2].includes(i) ? 0 : c.count)),
    );
  });

  it('verifies a pruned checkpoint by its chain and signature only, and says so', async () => {
    const auditor = await t.auth('auditor');
    const pruned = await request(t.http).get(`/api/audit/checkpoints/${taken[0].seq}/verify`).set(auditor).expect(200);
    expect(pruned.body).toMatchObject({ ok: true, checkpointSeq: taken[0].seq, checked: 0, failures: [] });
    expect(pruned.body.leavesPrunedAt).toEqual(expect.any(String));
    const latest = await request(t.http).get(`/api/audit/checkpoints/${taken[5].seq}/verify`).set(auditor).expect(200);
    expect(latest.body.checked).toBe(taken[5].count);
    expect(latest.body.leavesPrunedAt).toBeUndefined();
  });

  it('refuses to cover a bundle with a pruned checkpoint, naming the field', async () => {
    const res = await request(t.http)
      .get(`/api/audit/bundles?definitionKey=${key}&checkpoint=${taken[2].seq}`)
      .set(await t.auth('auditor'))
      .expect(409);
    expect(res.body.details).toMatchObject({
      code: 'checkpoint-leaves-pruned',
      errors: [{ path: '/checkpoint', code: 'checkpoint-leaves-pruned' }],
    });
  });

  it('reads the retention from AUDIT_CHECKPOINT_KEEP_LEAVES, at least one', () => {
    expect(checkpointsKeepingLeaves({ AUDIT_CHECKPOINT_KEEP_LEAVES: '10' })).toBe(10);
    expect(checkpointsKeepingLeaves({ AUDIT_CHECKPOINT_KEEP_LEAVES: '0' })).toBe(3);
    expect(checkpointsKeepingLeaves({ AUDIT_CHECKPOINT_KEEP_LEAVES: 'x' })).toBe(3);
  });
});
