import type { Checkpoint } from '@liucheng/contracts';
import { checkpointSigningPayload, type CheckpointRecord } from '@liucheng/engine';

export interface CheckpointRow {
  seq: number;
  at: Date;
  count: number;
  root: string;
  prev_hash: string;
  hash: string;
  signature: string | null;
  signing_key_id: string | null;
  fingerprint: string | null;
  public_key: string | null;
  signed_by: string | null;
  signed_at: Date | null;
  leaves_pruned_at: Date | null;
}

/** Selects what `toCheckpoint` reads, from `audit_checkpoints c` joined to its key `k`. */
export const CHECKPOINT_COLUMNS = `c.seq, c.at, c.count, c.root, c.prev_hash, c.hash, c.signature, c.signing_key_id,
  k.fingerprint, k.public_key, c.signed_by, c.signed_at, c.leaves_pruned_at`;
export const CHECKPOINT_FROM = `audit_checkpoints c LEFT JOIN audit_signing_keys k ON k.id = c.signing_key_id`;

export function toRecord(row: CheckpointRow): CheckpointRecord {
  return {
    seq: row.seq,
    at: row.at.toISOString(),
    count: row.count,
    root: row.root,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

export function toCheckpoint(row: CheckpointRow): Checkpoint {
  const record = toRecord(row);
  return {
    ...record,
    signingPayload: checkpointSigningPayload(record),
    signature:
      row.signature && row.signing_key_id
        ? {
            keyId: row.signing_key_id,
            fingerprint: row.fingerprint ?? '',
            signature: row.signature,
            signedBy: row.signed_by ?? '',
            signedAt: row.signed_at?.toISOString() ?? '',
          }
        : null,
    leavesPrunedAt: row.leaves_pruned_at?.toISOString() ?? null,
  };
}
