import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils';
import { canonicalJson } from '../history/canonical-json';
import type { CheckpointLeaf } from './checkpoint.types';

// RFC 6962 / 9162 Merkle tree hash: leaves and nodes carry different one-byte prefixes so a
// leaf can never be passed off as an inner node (second-preimage attack).
const LEAF = Uint8Array.of(0);
const NODE = Uint8Array.of(1);

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * The leaf's canonical JSON. For strings and a number RFC 8785 is ECMAScript's JSON.stringify, so
 * the usual leaf is written directly (a third of a large checkpoint's time); anything else goes
 * through the general canonicaliser.
 */
function leafText({ instanceId, seq, hash }: CheckpointLeaf): string {
  if (typeof instanceId === 'string' && typeof hash === 'string' && Number.isInteger(seq))
    return `{"hash":${JSON.stringify(hash)},"instanceId":${JSON.stringify(instanceId)},"seq":${seq}}`;
  return canonicalJson({ instanceId, seq, hash });
}

function leafBytes(leaf: CheckpointLeaf): Uint8Array {
  const text = leafText(leaf);
  return sha256(concat(LEAF, utf8ToBytes(text)));
}

/** SHA-256(0x00 ‖ canonical JSON of `{instanceId, seq, hash}`), hex. */
export function leafHash(leaf: CheckpointLeaf): string {
  return bytesToHex(leafBytes(leaf));
}

function nodeBytes(left: Uint8Array, right: Uint8Array): Uint8Array {
  return sha256(concat(NODE, left, right));
}

function nodeHash(left: string, right: string): string {
  return bytesToHex(nodeBytes(hexToBytes(left), hexToBytes(right)));
}

/** Leaves in checkpoint order: by instance id, compared as plain strings (what `ORDER BY uuid` gives). */
export function sortLeaves(leaves: readonly CheckpointLeaf[]): CheckpointLeaf[] {
  return [...leaves].sort((a, b) => (a.instanceId < b.instanceId ? -1 : a.instanceId > b.instanceId ? 1 : 0));
}

/**
 * Every level of the tree, leaves first, as raw digests (hex only at the edges: it is the
 * hot loop of a checkpoint over every instance). Pairing neighbours and carrying an odd last
 * node up unchanged builds exactly RFC 6962's tree (split at the largest power of two below n).
 */
function levels(leafDigests: Uint8Array[]): Uint8Array[][] {
  const out = [leafDigests];
  while (out[out.length - 1].length > 1) {
    const below = out[out.length - 1];
    const next: Uint8Array[] = [];
    for (let i = 0; i < below.length; i += 2)
      next.push(i + 1 < below.length ? nodeBytes(below[i], below[i + 1]) : below[i]);
    out.push(next);
  }
  return out;
}

/** The Merkle tree of sorted leaves, able to give its root and any leaf's audit path. */
export class MerkleTree {
  private readonly tree: Uint8Array[][];

  /** `leaves` must already be in checkpoint order (see `sortLeaves`). */
  constructor(readonly leaves: readonly CheckpointLeaf[]) {
    this.tree = levels(leaves.map(leafBytes));
  }

  get root(): string {
    if (this.leaves.length === 0) return bytesToHex(sha256(new Uint8Array(0)));
    return bytesToHex(this.tree[this.tree.length - 1][0]);
  }

  /** RFC 9162 §2.1.3.1 inclusion proof of leaf `index`, bottom up. */
  auditPath(index: number): string[] {
    if (index < 0 || index >= this.leaves.length) throw new RangeError(`No leaf ${index}`);
    const path: string[] = [];
    let m = index;
    for (let level = 0; level < this.tree.length - 1; level++) {
      const sibling = m ^ 1;
      if (sibling < this.tree[level].length) path.push(bytesToHex(this.tree[level][sibling]));
      m >>= 1;
    }
    return path;
  }
}

/** Merkle root of leaves given in any order. */
export function merkleRoot(leaves: readonly CheckpointLeaf[]): string {
  return new MerkleTree(sortLeaves(leaves)).root;
}

/** RFC 9162 §2.1.3.2: does `auditPath` prove `leaf` at `index` in a tree of `size` leaves with `root`? */
export function verifyAuditPath(
  leaf: CheckpointLeaf,
  index: number,
  size: number,
  auditPath: readonly string[],
  root: string,
): boolean {
  if (!Number.isInteger(index) || index < 0 || index >= size) return false;
  let fn = index;
  let sn = size - 1;
  let r = leafHash(leaf);
  for (const p of auditPath) {
    if (!/^[0-9a-f]{64}$/.test(p) || sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && r === root;
}
