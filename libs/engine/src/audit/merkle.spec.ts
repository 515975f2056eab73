import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex, concatBytes, hexToBytes, utf8ToBytes } from '@noble/hashes/utils';
import { canonicalJson } from '../history/canonical-json';
import type { CheckpointLeaf } from './checkpoint.types';
import { MerkleTree, leafHash, merkleRoot, sortLeaves, verifyAuditPath } from './merkle';

const leaf = (i: number): CheckpointLeaf => ({
  instanceId: `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`,
  seq: i + 1,
  hash: (i % 16).toString(16).repeat(64),
});

/** RFC 6962 §2.1 written out literally (recursive split at the largest power of two below n). */
function rfcRoot(hashes: string[]): string {
  if (hashes.length === 0) return bytesToHex(sha256(new Uint8Array(0)));
  if (hashes.length === 1) return hashes[0];
  let k = 1;
  while (k * 2 < hashes.length) k *= 2;
  return bytesToHex(
    sha256(
      concatBytes(Uint8Array.of(1), hexToBytes(rfcRoot(hashes.slice(0, k))), hexToBytes(rfcRoot(hashes.slice(k)))),
    ),
  );
}

describe('Merkle tree (RFC 6962)', () => {
  it('hashes a leaf as SHA-256(0x00 ‖ canonical JSON of {instanceId, seq, hash})', () => {
    const l = leaf(1);
    const text = `{"hash":"${l.hash}","instanceId":"${l.instanceId}","seq":2}`;
    expect(leafHash(l)).toBe(bytesToHex(sha256(concatBytes(Uint8Array.of(0), utf8ToBytes(text)))));
  });

  it('writes the leaf exactly as the canonicaliser would, escapes included', () => {
    const odd = { instanceId: 'a"\\\u2028中', seq: 7, hash: 'x' };
    const canonical = canonicalJson({ instanceId: odd.instanceId, seq: 7, hash: 'x' });
    expect(leafHash(odd)).toBe(bytesToHex(sha256(concatBytes(Uint8Array.of(0), utf8ToBytes(canonical)))));
  });

  it('gives the root of the empty tree as SHA-256 of nothing', () => {
    expect(merkleRoot([])).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it.each([1, 2, 3, 4, 5, 7, 8, 9, 13, 16, 17, 31])('agrees with the recursive definition for %i leaves', (n) => {
    const leaves = Array.from({ length: n }, (_, i) => leaf(i));
    expect(merkleRoot(leaves)).toBe(rfcRoot(leaves.map(leafHash)));
  });

  it('sorts leaves by instance id, so the input order does not matter', () => {
    const leaves = Array.from({ length: 6 }, (_, i) => leaf(i));
    expect(merkleRoot([...leaves].reverse())).toBe(merkleRoot(leaves));
    expect(sortLeaves([leaves[3], leaves[0]]).map((l) => l.seq)).toEqual([1, 4]);
  });

  it.each([1, 2, 3, 5, 6, 11, 16, 21])('proves every leaf of a tree of %i and nothing else', (n) => {
    const tree = new MerkleTree(Array.from({ length: n }, (_, i) => leaf(i)));
    for (let i = 0; i < n; i++) {
      const path = tree.auditPath(i);
      expect(verifyAuditPath(tree.leaves[i], i, n, path, tree.root)).toBe(true);
      expect(verifyAuditPath({ ...tree.leaves[i], seq: 99 }, i, n, path, tree.root)).toBe(false);
      if (n > 1) expect(verifyAuditPath(tree.leaves[i], (i + 1) % n, n, path, tree.root)).toBe(false);
      expect(verifyAuditPath(tree.leaves[i], i, n, path, merkleRoot([leaf(99)]))).toBe(false);
      expect(verifyAuditPath(tree.leaves[i], i, n, [...path, 'a'.repeat(64)], tree.root)).toBe(false);
    }
  });

  it('refuses an index outside the tree', () => {
    const tree = new MerkleTree([leaf(0), leaf(1)]);
    expect(verifyAuditPath(leaf(0), 2, 2, tree.auditPath(0), tree.root)).toBe(false);
    expect(() => tree.auditPath(2)).toThrow(RangeError);
  });
});
