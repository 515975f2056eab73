import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import type { ChainVerification, HashedEntry, StoredEntry } from './history.types';
import { canonicalJson } from './canonical-json';

/** `prevHash` of history entry 1. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * Lowercase hex SHA-256 of the RFC 8785 canonical JSON of the entry's hashed fields.
 *
 * @example hashEntry({ instanceId, seq: 1, type: '@start', data: {}, actor: 'staff', at, stateAfter: 'a', prevHash: GENESIS_HASH })
 */
export function hashEntry(entry: HashedEntry): string {
  const { instanceId, seq, type, data, actor, at, stateAfter, prevHash } = entry;
  const text = canonicalJson({ instanceId, seq, type, data, actor, at, stateAfter, prevHash });
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/**
 * Checks seq contiguity from 1, every `prevHash` link and every recomputed hash;
 * reports the first bad seq and why.
 *
 * @example verifyChain(entries) // { ok: true, checked: 3 }
 */
export function verifyChain(entries: StoredEntry[]): ChainVerification {
  let prevHash = GENESIS_HASH;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    const bad = (reason: string): ChainVerification => ({ ok: false, checked: i + 1, firstBadSeq: i + 1, reason });
    if (entry.seq !== i + 1) return bad(`expected seq ${i + 1}, found ${entry.seq}`);
    if (entry.prevHash !== prevHash) return bad(`prevHash does not match the hash of entry ${i}`);
    if (hashEntry(entry) !== entry.hash) return bad('hash does not match the entry contents');
    prevHash = entry.hash;
  }
  return { ok: true, checked: entries.length };
}
