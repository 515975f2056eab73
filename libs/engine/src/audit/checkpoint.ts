import { canonicalJson } from '../history/canonical-json';
import { GENESIS_HASH } from '../history/hash-chain';
import type { CheckpointBody, CheckpointFailure, CheckpointLeaf, CheckpointRecord } from './checkpoint.types';
import { merkleRoot } from './merkle';
import { sha256Canonical } from './sha256-hex';

/** Lowercase hex SHA-256 of the canonical JSON of `{seq, at, count, root, prevHash}`. */
export function checkpointHash(body: CheckpointBody): string {
  const { seq, at, count, root, prevHash } = body;
  return sha256Canonical({ seq, at, count, root, prevHash });
}

/** The next checkpoint over `leaves`, chained to `previous` (none for the first). */
export function makeCheckpoint(
  leaves: readonly CheckpointLeaf[],
  at: string,
  previous?: CheckpointRecord,
): CheckpointRecord {
  const body: CheckpointBody = {
    seq: (previous?.seq ?? 0) + 1,
    at,
    count: leaves.length,
    root: merkleRoot(leaves),
    prevHash: previous?.hash ?? GENESIS_HASH,
  };
  return { ...body, hash: checkpointHash(body) };
}

/** The exact text an admin signs with Ed25519 (it names the format so a signature cannot be reused elsewhere). */
export function checkpointSigningPayload(checkpoint: CheckpointRecord): string {
  const { seq, at, count, root, prevHash, hash } = checkpoint;
  return canonicalJson({ format: 'liucheng-checkpoint', version: 1, seq, at, count, root, prevHash, hash });
}

/** Checks each checkpoint's hash and its link to the one before, oldest first from checkpoint 1. */
export function verifyCheckpointChain(chain: readonly CheckpointRecord[]): CheckpointFailure | undefined {
  let prevHash = GENESIS_HASH;
  for (let i = 0; i < chain.length; i++) {
    const c = chain[i];
    if (c.seq !== i + 1) return { code: 'chain', seq: c.seq, message: `expected checkpoint ${i + 1}, found ${c.seq}` };
    if (c.prevHash !== prevHash)
      return { code: 'chain', seq: c.seq, message: `checkpoint ${c.seq} does not link to checkpoint ${i}` };
    if (checkpointHash(c) !== c.hash)
      return { code: 'chain', seq: c.seq, message: `checkpoint ${c.seq}'s hash does not match its contents` };
    prevHash = c.hash;
  }
  return undefined;
}

/** What the database holds now about an instance a checkpoint saw. */
export interface CurrentHistory {
  /** The hash of the entry at the leaf's seq, when that entry still exists. */
  hashAtSeq?: string;
  /** The instance's last seq now. */
  lastSeq: number;
}

/**
 * Holds a checkpoint's leaves against the histories now: each instance must still exist and
 * still have the entry the checkpoint saw. `current` maps instance id to what is stored now
 * (absent = the instance is gone). Entries appended since are fine: history only grows.
 */
export function checkLeavesAgainstHistory(
  checkpointSeq: number,
  leaves: readonly CheckpointLeaf[],
  current: ReadonlyMap<string, CurrentHistory>,
): CheckpointFailure[] {
  const failures: CheckpointFailure[] = [];
  for (const leaf of leaves) {
    const now = current.get(leaf.instanceId);
    const at = `checkpoint ${checkpointSeq} saw instance ${leaf.instanceId} at seq ${leaf.seq}`;
    if (!now)
      failures.push({
        code: 'instance-missing',
        instanceId: leaf.instanceId,
        seq: leaf.seq,
        message: `${at}; it no longer exists`,
      });
    else if (now.hashAtSeq === undefined)
      failures.push({
        code: 'entry-missing',
        instanceId: leaf.instanceId,
        seq: leaf.seq,
        message: `${at}; its history now ends at seq ${now.lastSeq}`,
      });
    else if (now.hashAtSeq !== leaf.hash)
      failures.push({
        code: 'entry-changed',
        instanceId: leaf.instanceId,
        seq: leaf.seq,
        message: `${at} with hash ${leaf.hash}; that entry's hash is now ${now.hashAtSeq}`,
      });
  }
  return failures;
}
