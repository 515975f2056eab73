import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Checkpoint, CheckpointPage, CheckpointVerificationResponse } from '@liucheng/contracts';
import {
  checkLeavesAgainstHistory,
  checkpointSigningPayload,
  makeCheckpoint,
  MerkleTree,
  verifyCheckpointChain,
  type CheckpointFailure,
  type CheckpointLeaf,
  type CurrentHistory,
} from '@liucheng/engine';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ApiError } from '../common/api-error';
import { CLOCK, type Clock } from '../common/clock';
import { inTransaction, rows, type Tx } from '../common/transaction';
import { CHECKPOINT_COLUMNS, CHECKPOINT_FROM, toCheckpoint, toRecord, type CheckpointRow } from './checkpoint.mapper';
import { verifyEd25519 } from './ed25519';

/** Unsigned checkpoints that keep their leaves, the newest first (`AUDIT_CHECKPOINT_KEEP_LEAVES`, default 3). */
export function checkpointsKeepingLeaves(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.AUDIT_CHECKPOINT_KEEP_LEAVES);
  return Number.isInteger(n) && n >= 1 ? n : 3;
}

interface LeafRow {
  instance_id: string;
  seq: number;
  hash: string;
  definition_key: string;
  created_at: Date;
}

/** Checkpoints: written, listed, verified against the histories, signed by an admin's key. */
@Injectable()
export class CheckpointsService {
  private readonly keepLeaves = checkpointsKeepingLeaves();

  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * A checkpoint over every instance's latest history entry (one statement, one snapshot). With
   * `onlyIfChanged` (the job) nothing is written when the leaves are those of the latest one.
   */
  async create(onlyIfChanged = false): Promise<Checkpoint | undefined> {
    return inTransaction(this.dataSource, async (tx) => {
      // One writer at a time: seq and prevHash come from the latest checkpoint.
      await tx.query(`LOCK TABLE audit_checkpoints IN SHARE ROW EXCLUSIVE MODE`);
      const [latest] = await rows<CheckpointRow>(
        tx,
        `SELECT ${CHECKPOINT_COLUMNS} FROM ${CHECKPOINT_FROM} ORDER BY c.seq DESC LIMIT 1`,
      );
      const found = await rows<LeafRow>(
        tx,
        `SELECT i.id AS instance_id, e.seq, e.hash, i.definition_key, i.created_at
           FROM instances i JOIN instance_events e ON e.instance_id = i.id AND e.seq = i.seq
          ORDER BY i.id`,
      );
      // uuid order is byte order, the same as the engine's string order; sorted again to be sure.
      const leafRows = [...found].sort((a, b) =>
        a.instance_id < b.instance_id ? -1 : a.instance_id > b.instance_id ? 1 : 0,
      );
      const leaves = leafRows.map(toLeaf);
      const checkpoint = makeCheckpoint(leaves, this.clock().toISOString(), latest && toRecord(latest));
      if (onlyIfChanged && latest && latest.root === checkpoint.root && latest.count === checkpoint.count)
        return undefined;
      await tx.query(
        `INSERT INTO audit_checkpoints (seq, at, count, root, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6)`,
        [checkpoint.seq, checkpoint.at, checkpoint.count, checkpoint.root, checkpoint.prevHash, checkpoint.hash],
      );
      await tx.query(
        `INSERT INTO audit_checkpoint_leaves (checkpoint_seq, leaf_index, instance_id, seq, hash, definition_key, created_at)
         SELECT $1, n - 1, l.instance_id, l.seq, l.hash, l.definition_key, l.created_at
           FROM unnest($2::uuid[], $3::int[], $4::text[], $5::text[], $6::timestamptz[])
                WITH ORDINALITY AS l(instance_id, seq, hash, definition_key, created_at, n)`,
        [
          checkpoint.seq,
          leafRows.map((r) => r.instance_id),
          leafRows.map((r) => r.seq),
          leafRows.map((r) => r.hash),
          leafRows.map((r) => r.definition_key),
          leafRows.map((r) => r.created_at.toISOString()),
        ],
      );
      await this.pruneLeaves(tx, checkpoint.seq, checkpoint.at);
      return this.get(checkpoint.seq, tx);
    });
  }

  /**
   * Leaf retention: one row per instance per checkpoint grows without bound, and only the latest
   * checkpoint is needed to detect a deleted instance or a truncated tail. Unsigned checkpoints
   * older than the newest `keepLeaves` lose their leaves (their header stays in the chain, marked
   * `leaves_pruned_at`); a signed checkpoint keeps them, since a copy of it is held outside.
   */
  private async pruneLeaves(tx: Tx, newest: number, at: string): Promise<void> {
    await tx.query(
      `WITH pruned AS (
         UPDATE audit_checkpoints SET leaves_pruned_at = $2::timestamptz
          WHERE seq <= $1::int - $3::int AND signature IS NULL AND leaves_pruned_at IS NULL
          RETURNING seq)
       DELETE FROM audit_checkpoint_leaves WHERE checkpoint_seq IN (SELECT seq FROM pruned)`,
      [newest, at, this.keepLeaves],
    );
  }

  async list(limit = 50, cursor?: string): Promise<CheckpointPage> {
    const before = cursor === undefined ? undefined : Number(cursor);
    if (before !== undefined && !(Number.isInteger(before) && before > 0))
      throw ApiError.badRequest('cursor must be a nextCursor of this list', [
        { path: '/cursor', message: 'invalid cursor' },
      ]);
    const found = await rows<CheckpointRow>(
      this.dataSource,
      `SELECT ${CHECKPOINT_COLUMNS} FROM ${CHECKPOINT_FROM} WHERE ($1::int IS NULL OR c.seq < $1) ORDER BY c.seq DESC LIMIT $2`,
      [before ?? null, limit + 1],
    );
    const items = found.slice(0, limit).map(toCheckpoint);
    return { items, nextCursor: found.length > limit ? String(items[items.length - 1].seq) : null };
  }

  async latest(): Promise<Checkpoint> {
    const [row] = await rows<CheckpointRow>(
      this.dataSource,
      `SELECT ${CHECKPOINT_COLUMNS} FROM ${CHECKPOINT_FROM} ORDER BY c.seq DESC LIMIT 1`,
    );
    if (!row) throw new ApiError(404, 'No checkpoint has been taken yet', { code: 'no-checkpoint' });
    return toCheckpoint(row);
  }

  async get(seq: number, q: Tx | DataSource = this.dataSource): Promise<Checkpoint> {
    const [row] = await rows<CheckpointRow>(
      q,
      `SELECT ${CHECKPOINT_COLUMNS} FROM ${CHECKPOINT_FROM} WHERE c.seq = $1`,
      [seq],
    );
    if (!row) throw ApiError.notFound(`Checkpoint ${seq} does not exist`);
    return toCheckpoint(row);
  }

  /** The leaves of a checkpoint in tree order, with the definition and start time of each instance. */
  async leaves(seq: number): Promise<LeafRow[]> {
    return rows<LeafRow>(
      this.dataSource,
      `SELECT instance_id, seq, hash, definition_key, created_at FROM audit_checkpoint_leaves WHERE checkpoint_seq = $1 ORDER BY leaf_index`,
      [seq],
    );
  }

  /**
   * The checkpoint against everything: its leaves give its root, the chain up to it holds, its
   * signature verifies, and every leaf's instance still has the entry the checkpoint saw.
   */
  async verify(seq: number): Promise<CheckpointVerificationResponse> {
    const checkpoint = await this.get(seq);
    const failures: CheckpointFailure[] = [];
    const chain = await rows<CheckpointRow>(
      this.dataSource,
      `SELECT ${CHECKPOINT_COLUMNS} FROM ${CHECKPOINT_FROM} WHERE c.seq <= $1 ORDER BY c.seq`,
      [seq],
    );
    const broken = verifyCheckpointChain(chain.map(toRecord));
    if (broken) failures.push(broken);
    const signed = chain[chain.length - 1];
    const signatureFails = Boolean(
      signed.signature &&
      !verifyEd25519(checkpointSigningPayload(toRecord(signed)), signed.signature, signed.public_key ?? ''),
    );
    if (signatureFails)
      failures.push({
        code: 'signature',
        message: `checkpoint ${seq}'s signature does not verify with key ${signed.fingerprint}`,
      });
    if (checkpoint.leavesPrunedAt)
      return {
        ok: failures.length === 0,
        checkpointSeq: seq,
        checked: 0,
        failures,
        leavesPrunedAt: checkpoint.leavesPrunedAt,
      };
    const leafRows = await this.leaves(seq);
    const root = new MerkleTree(leafRows.map(toLeaf)).root;
    if (root !== checkpoint.root || leafRows.length !== checkpoint.count)
      failures.push({
        code: 'root',
        message: `checkpoint ${seq}'s ${leafRows.length} stored leaves do not give its root over ${checkpoint.count} instances`,
      });
    const now = await rows<{ instance_id: string; last_seq: number | null; hash_at_seq: string | null }>(
      this.dataSource,
      `SELECT l.instance_id, i.seq AS last_seq, e.hash AS hash_at_seq
         FROM audit_checkpoint_leaves l
         LEFT JOIN instances i ON i.id = l.instance_id
         LEFT JOIN instance_events e ON e.instance_id = l.instance_id AND e.seq = l.seq
        WHERE l.checkpoint_seq = $1`,
      [seq],
    );
    const current = new Map<string, CurrentHistory>();
    for (const r of now)
      if (r.last_seq !== null)
        current.set(r.instance_id, { lastSeq: r.last_seq, hashAtSeq: r.hash_at_seq ?? undefined });
    failures.push(...checkLeavesAgainstHistory(seq, leafRows.map(toLeaf), current));
    return { ok: failures.length === 0, checkpointSeq: seq, checked: leafRows.length, failures };
  }

  /** Stores an admin's signature of the checkpoint's signing payload once it verifies. */
  async sign(seq: number, keyId: string, signature: string, user: AuthenticatedUser): Promise<Checkpoint> {
    const checkpoint = await this.get(seq);
    const [key] = await rows<{ public_key: string }>(
      this.dataSource,
      `SELECT public_key FROM audit_signing_keys WHERE id = $1`,
      [keyId],
    );
    if (!key)
      throw ApiError.unprocessable(`Signing key ${keyId} is not registered`, {
        code: 'unknown-signing-key',
        errors: [{ path: '/keyId', message: 'no such signing key', code: 'unknown-signing-key' }],
      });
    if (!verifyEd25519(checkpoint.signingPayload, signature, key.public_key))
      throw ApiError.unprocessable(`The signature does not verify for checkpoint ${seq} with key ${keyId}`, {
        code: 'bad-signature',
        errors: [{ path: '/signature', message: 'does not verify', code: 'bad-signature' }],
      });
    await this.dataSource.query(
      `UPDATE audit_checkpoints SET signature = $2, signing_key_id = $3, signed_by = $4, signed_at = $5 WHERE seq = $1`,
      [seq, signature, keyId, user.username, this.clock().toISOString()],
    );
    return this.get(seq);
  }
}

function toLeaf(row: LeafRow): CheckpointLeaf {
  return { instanceId: row.instance_id, seq: row.seq, hash: row.hash };
}
