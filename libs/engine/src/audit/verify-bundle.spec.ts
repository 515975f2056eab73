import { bundleCompile, FIXTURE_IDS, fixtureBundle, rechain } from '../__fixtures__/evidence-bundle.fixture';
import type { BundleInstance, EvidenceBundle } from './bundle.types';
import { sealBundle } from './bundle-checksum';
import { checkpointHash, checkpointSigningPayload } from './checkpoint';
import { sha256Canonical } from './sha256-hex';
import { verifyBundle, type VerifyBundleOptions } from './verify-bundle';

// A stand-in for Ed25519 so these tests stay plain data: "signed" = sha256 of key and payload.
const fakeSign = (payload: string, key: string) => sha256Canonical({ key, payload });
const options: VerifyBundleOptions = {
  compile: () => bundleCompile(),
  verifySignature: (payload, signature, key) => fakeSign(payload, key) === signature,
};

/** A forger who also recomputes every checksum of the bundle. */
function reseal(bundle: EvidenceBundle): EvidenceBundle {
  const { manifest: _m, manifestSha256: _s, ...content } = bundle;
  return sealBundle(content);
}

function editInstance(bundle: EvidenceBundle, index: number, edit: (i: BundleInstance) => BundleInstance) {
  return reseal({ ...bundle, instances: bundle.instances.map((x, i) => (i === index ? edit(x) : x)) });
}

describe('verifyBundle', () => {
  it('passes an untouched bundle and reports its progress', () => {
    const progress: number[] = [];
    const result = verifyBundle(fixtureBundle(), { ...options, onProgress: (done) => progress.push(done) });
    expect(result).toEqual({ ok: true, instances: 3, entries: 9, signature: 'unsigned', failures: [] });
    expect(progress).toEqual([1, 2, 3]);
  });

  it('finds an edit that did not recompute the checksums', () => {
    const b = fixtureBundle();
    b.instances[0].businessKey = 'changed';
    expect(verifyBundle(b, options).failures.map((f) => f.code)).toEqual(['content']);
  });

  type Case = [string, (b: EvidenceBundle) => EvidenceBundle, string, number | undefined, RegExp];
  it.each<Case>([
    [
      'changed data',
      (b) =>
        editInstance(b, 1, (i) => ({
          ...i,
          history: i.history.map((e) => (e.seq === 2 ? { ...e, data: { amount: 99999 } } : e)),
        })),
      'hash',
      2,
      /seq 2: hash/,
    ],
    [
      'changed data with the chain recomputed',
      (b) =>
        editInstance(b, 1, (i) => {
          const history = rechain(i.history.map((e) => (e.seq === 2 ? { ...e, data: { amount: 99999 } } : e)));
          return { ...i, history, lastHash: history[2].hash };
        }),
      'state',
      2,
      /stateAfter of seq 2 differs/,
    ],
    [
      'reordered entries',
      (b) => editInstance(b, 0, (i) => ({ ...i, history: [i.history[0], i.history[2], i.history[1]] })),
      'gap',
      2,
      /expected seq 2, found 3/,
    ],
    [
      'a deleted middle entry',
      (b) => editInstance(b, 2, (i) => ({ ...i, history: [i.history[0], i.history[2]] })),
      'gap',
      2,
      /expected seq 2, found 3/,
    ],
    [
      'a truncated tail with the instance row set back',
      (b) =>
        editInstance(b, 0, (i) => {
          const history = i.history.slice(0, 2);
          return {
            ...i,
            history,
            seq: 2,
            lastHash: history[1].hash,
            state: history[1].stateAfter,
            status: 'running',
            context: { window: 'PT2H', amount: 300, log: i.context.log },
          };
        }),
      'entry-missing',
      3,
      /saw instance 0a.* at seq 3; its history ends at seq 2/,
    ],
    [
      'a deleted instance against the checkpoint',
      (b) => reseal({ ...b, instances: b.instances.filter((i) => i.id !== FIXTURE_IDS[1]) }),
      'instance-missing',
      3,
      /saw instance 0b.*the bundle does not hold it/,
    ],
    [
      'a deleted instance whose proof was removed too',
      (b) =>
        reseal({
          ...b,
          instances: b.instances.filter((i) => i.id !== FIXTURE_IDS[1]),
          checkpoint: b.checkpoint && {
            ...b.checkpoint,
            proofs: b.checkpoint.proofs.filter((p) => p.instanceId !== FIXTURE_IDS[1]),
          },
        }),
      'ok',
      undefined,
      /./,
    ],
    [
      'a forged checkpoint (root replaced, hash recomputed)',
      (b) => {
        const forged = { ...b.checkpoint!, root: 'f'.repeat(64) };
        return reseal({ ...b, checkpoint: { ...forged, hash: checkpointHash(forged) } });
      },
      'checkpoint-proof',
      undefined,
      /Merkle proof does not lead to checkpoint 1's root/,
    ],
    [
      'a forged checkpoint (root replaced, hash kept)',
      (b) => reseal({ ...b, checkpoint: { ...b.checkpoint!, root: 'f'.repeat(64) } }),
      'checkpoint-hash',
      undefined,
      /hash does not match/,
    ],
    [
      'an instance that started before the checkpoint without a proof',
      (b) => reseal({ ...b, checkpoint: { ...b.checkpoint!, proofs: b.checkpoint!.proofs.slice(1) } }),
      'checkpoint-proof',
      undefined,
      /started before checkpoint 1 but the bundle has no proof/,
    ],
  ])('%s', (_name, tamper, code, seq, message) => {
    const result = verifyBundle(tamper(fixtureBundle()), options);
    if (code === 'ok') {
      // What a bundle alone cannot see (README): the gap shows only against the server's own leaves.
      expect(result.ok).toBe(true);
      return;
    }
    expect(result.ok).toBe(false);
    expect(result.failures[0]).toMatchObject({ code, ...(seq === undefined ? {} : { seq }) });
    expect(result.failures[0].message).toMatch(message);
  });

  describe('signatures', () => {
    function signed(key = 'admin-key'): EvidenceBundle {
      const b = fixtureBundle();
      const c = b.checkpoint!;
      return reseal({
        ...b,
        checkpoint: {
          ...c,
          publicKey: key,
          signature: {
            keyId: 'k1',
            fingerprint: 'fp',
            signature: fakeSign(checkpointSigningPayload(c), key),
            signedBy: 'admin',
            signedAt: c.at,
          },
        },
      });
    }

    it('verifies with the trusted key, or says it used the embedded one', () => {
      expect(verifyBundle(signed(), { ...options, trustedPublicKey: 'admin-key' })).toMatchObject({
        ok: true,
        signature: 'verified',
      });
      expect(verifyBundle(signed(), options)).toMatchObject({ ok: true, signature: 'verified-with-embedded-key' });
    });

    it('fails a checkpoint re-signed with another key than the trusted one', () => {
      const result = verifyBundle(signed('mallory-key'), { ...options, trustedPublicKey: 'admin-key' });
      expect(result).toMatchObject({ ok: false, signature: 'failed' });
      expect(result.failures[0].message).toMatch(/does not verify with the trusted public key/);
    });

    it('fails an unsigned checkpoint when a trusted key is given', () => {
      const result = verifyBundle(fixtureBundle(), { ...options, trustedPublicKey: 'admin-key' });
      expect(result.failures[0]).toMatchObject({ code: 'checkpoint-signature', message: 'checkpoint 1 is not signed' });
    });

    it('fails a forged checkpoint whose hash was recomputed but not re-signed', () => {
      const b = signed();
      const forged = { ...b.checkpoint!, count: 2 };
      const result = verifyBundle(reseal({ ...b, checkpoint: { ...forged, hash: checkpointHash(forged) } }), {
        ...options,
        trustedPublicKey: 'admin-key',
      });
      expect(result.failures.map((f) => f.code)).toContain('checkpoint-signature');
    });
  });

  it('reports a malformed instance or checkpoint instead of throwing', () => {
    const b = fixtureBundle();
    const broken = reseal({
      ...b,
      instances: b.instances.map((i, n) => (n === 1 ? ({ ...i, history: 'gone' } as unknown as BundleInstance) : i)),
    });
    expect(() => verifyBundle(broken, options)).not.toThrow();
    const result = verifyBundle(broken, options);
    expect(result.ok).toBe(false);
    expect(result.failures.map((f) => f.code)).toContain('format');
  });

  it('refuses what is not a bundle', () => {
    expect(verifyBundle({} as EvidenceBundle, options).failures).toEqual([
      { code: 'format', message: 'not a liucheng-evidence-bundle version 1' },
    ]);
  });
});
