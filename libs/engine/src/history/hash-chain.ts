import type { ChainVerification, HashedEntry, StoredEntry } from './history.types';
import { sha256Text } from '../support/sha256-text';
import { canonicalJson } from './canonical-json';

/** `prevHash` of history entry 1. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * Lowercase hex SHA-256 of the RFC 8785 canonical JSON of the entry's hashed fields.
 *
 * @example hashEntry({ instanceId, seq: 1, type: '@start', data: {}, actor: 'staff', at, stateAfter: 'a', prevHash: GENESIS_HASH })
 */
export function hashEntry(entry: HashedEntry): string {
  return sha256Text(hashedText(entry));
}

/**
 * The canonical JSON that is hashed. The top-level keys are fixed, so they are written in their
 * sorted order directly and only `data` and `stateAfter` go through the generic canonicaliser
 * (JCS writes strings and safe integers exactly as JSON.stringify does); anything unexpected
 * takes the generic path. Exported for the test that the two agree.
 */
export function hashedText(entry: HashedEntry): string {
  const { instanceId, seq, type, data, actor, at, stateAfter, prevHash } = entry;
  const plain =
    typeof actor === 'string' &&
    typeof at === 'string' &&
    typeof instanceId === 'string' &&
    typeof prevHash === 'string' &&
    typeof type === 'string' &&
    Number.isSafeInteger(seq) &&
    data !== undefined &&
    stateAfter !== undefined;
  if (!plain) return canonicalJson({ instanceId, seq, type, data, actor, at, stateAfter, prevHash });
  const q = JSON.stringify;
  return (
    `{"actor":${q(actor)},"at":${q(at)},"data":${canonicalJson(data)},"instanceId":${q(instanceId)},` +
    `"prevHash":${q(prevHash)},"seq":${seq},"stateAfter":${canonicalJson(stateAfter)},"type":${q(type)}}`
  );
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
