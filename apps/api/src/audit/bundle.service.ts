import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  MerkleTree,
  historyVersions,
  sealBundle,
  type BundleCheckpoint,
  type BundleDefinition,
  type BundleInstance,
  type CheckpointProof,
  type EvidenceBundle,
  type JsonObject,
  type StoredEntry,
  type WorkflowSpec,
} from '@liucheng/engine';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ApiError } from '../common/api-error';
import { inboxFilterSql } from '../common/inbox-filter';
import { rows } from '../common/transaction';
import type { InstanceRow } from '../instances/instance.mapper';
import { CheckpointsService } from './checkpoints.service';
import type { BundleQuery } from './dto/bundle.query';

/** The most instances one bundle holds (a larger search → 422 bundle-too-large). */
export const MAX_BUNDLE_INSTANCES = 1000;

type BundleInstanceRow = InstanceRow & {
  id: string;
  business_key: string | null;
  started_by: string;
  created_at: Date;
  updated_at: Date;
};

interface EventRow {
  instance_id: string;
  seq: number;
  type: string;
  data: JsonObject;
  actor: string;
  at: Date;
  state_after: StoredEntry['stateAfter'];
  prev_hash: string;
  hash: string;
}

/** Evidence bundles: the instances a filter finds, with everything needed to verify them offline. */
@Injectable()
export class BundleService {
  /** The last checkpoint's tree: a checkpoint never changes, and its tree costs seconds over 100k instances. */
  private cachedTree?: { seq: number; tree: MerkleTree };

  constructor(
    private readonly dataSource: DataSource,
    private readonly checkpoints: CheckpointsService,
  ) {}

  private treeOf(seq: number, leafRows: Array<{ instance_id: string; seq: number; hash: string }>): MerkleTree {
    if (this.cachedTree?.seq === seq && this.cachedTree.tree.leaves.length === leafRows.length)
      return this.cachedTree.tree;
    const tree = new MerkleTree(leafRows.map((l) => ({ instanceId: l.instance_id, seq: l.seq, hash: l.hash })));
    this.cachedTree = { seq, tree };
    return tree;
  }

  async build(query: BundleQuery, user: AuthenticatedUser, now: Date): Promise<EvidenceBundle> {
    const instances = await this.instances(query);
    const ids = instances.map((i) => i.id);
    const [events, attachments] = await Promise.all([
      rows<EventRow>(
        this.dataSource,
        `SELECT instance_id, seq, type, data, actor, at, state_after, prev_hash, hash
           FROM instance_events WHERE instance_id = ANY($1::uuid[]) ORDER BY instance_id, seq`,
        [ids],
      ),
      rows<{
        id: string;
        instance_id: string;
        seq: number;
        filename: string;
        content_type: string;
        size: number;
        sha256: string;
      }>(
        this.dataSource,
        `SELECT id, instance_id, seq, filename, content_type, size, sha256 FROM attachments
          WHERE instance_id = ANY($1::uuid[]) ORDER BY seq, id`,
        [ids],
      ),
    ]);
    const history = groupBy(events, (e) => e.instance_id);
    // Every version each instance ran on (a `@migrate` entry switches version), so it replays offline.
    const definitions = await this.definitions(
      instances.flatMap((i) =>
        [...new Set([...historyVersions(history.get(i.id) ?? [], i.definition_version), i.definition_version])].map(
          (version) => `${i.definition_key}@${version}`,
        ),
      ),
    );
    const files = groupBy(attachments, (a) => a.instance_id);
    const bundled: BundleInstance[] = instances.map((row) => ({
      id: row.id,
      definitionKey: row.definition_key,
      version: row.definition_version,
      businessKey: row.business_key,
      status: row.status,
      startedBy: row.started_by,
      createdAt: row.created_at.toISOString(),
      updatedAt: row.updated_at.toISOString(),
      seq: row.seq,
      lastHash: row.last_hash,
      state: row.state,
      context: (row.snapshot.context ?? {}) as JsonObject,
      history: (history.get(row.id) ?? []).map((e) => ({
        instanceId: row.id,
        seq: e.seq,
        type: e.type,
        data: e.data,
        actor: e.actor,
        at: e.at.toISOString(),
        stateAfter: e.state_after,
        prevHash: e.prev_hash,
        hash: e.hash,
      })),
      attachments: (files.get(row.id) ?? []).map((a) => ({
        id: a.id,
        fileName: a.filename,
        contentType: a.content_type,
        size: a.size,
        sha256: a.sha256,
        seq: a.seq,
      })),
    }));
    return sealBundle({
      format: BUNDLE_FORMAT,
      version: BUNDLE_VERSION,
      createdAt: now.toISOString(),
      createdBy: user.username,
      filter: filterOf(query),
      definitions,
      instances: bundled,
      checkpoint: await this.checkpoint(query, new Set(ids)),
    });
  }

  private async instances(query: BundleQuery): Promise<BundleInstanceRow[]> {
    const params: unknown[] = [];
    const add = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const where = inboxFilterSql(query, add);
    if (query.instanceId) where.push(`i.id = ${add(query.instanceId)}`);
    if (query.status) where.push(`i.status = ${add(query.status)}`);
    const found = await rows<BundleInstanceRow>(
      this.dataSource,
      `SELECT i.id, i.definition_key, i.definition_version, i.status, i.state, i.snapshot, i.seq, i.last_hash,
              i.business_key, i.started_by, i.created_at, i.updated_at
         FROM instances i ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY i.created_at, i.id LIMIT ${MAX_BUNDLE_INSTANCES + 1}`,
      params,
    );
    if (query.instanceId && found.length === 0) throw ApiError.notFound(`Instance ${query.instanceId} does not exist`);
    if (found.length > MAX_BUNDLE_INSTANCES)
      throw ApiError.unprocessable(`The search finds more than ${MAX_BUNDLE_INSTANCES} instances; narrow it`, {
        code: 'bundle-too-large',
      });
    return found;
  }

  private async definitions(ids: string[]): Promise<BundleDefinition[]> {
    const used = [...new Set(ids)].map((id) => {
      const at = id.lastIndexOf('@');
      return [id.slice(0, at), Number(id.slice(at + 1))] as const;
    });
    if (used.length === 0) return [];
    const found = await rows<{ key: string; version: number; spec: WorkflowSpec; checksum: string }>(
      this.dataSource,
      `SELECT d.key, d.version, d.spec, d.checksum
         FROM definition_versions d JOIN unnest($1::text[], $2::int[]) AS u(key, version)
           ON u.key = d.key AND u.version = d.version
        ORDER BY d.key, d.version`,
      [used.map((u) => u[0]), used.map((u) => u[1])],
    );
    return found.map((d) => ({ key: d.key, version: d.version, checksum: d.checksum, spec: d.spec }));
  }

  /**
   * The latest (or the asked) checkpoint with a proof for each bundled instance it saw and for each instance of
   * the search's scope it saw that no longer exists (the scope a leaf knows: instance,
   * definition, start day — other filters cannot name a deleted instance).
   */
  private async checkpoint(query: BundleQuery, bundled: Set<string>): Promise<BundleCheckpoint | null> {
    const latest =
      query.checkpoint !== undefined
        ? await this.checkpoints.get(query.checkpoint)
        : await this.checkpoints.latest().catch((error: unknown) => {
            if (error instanceof ApiError && error.getStatus() === 404) return undefined;
            throw error;
          });
    if (!latest) return null;
    if (latest.leavesPrunedAt)
      throw ApiError.conflict(`Checkpoint ${latest.seq} no longer keeps its leaves (retention); use a later one`, {
        code: 'checkpoint-leaves-pruned',
        errors: [{ path: '/checkpoint', message: 'its leaves were pruned', code: 'checkpoint-leaves-pruned' }],
      });
    const leafRows = await this.checkpoints.leaves(latest.seq);
    const tree = this.treeOf(latest.seq, leafRows);
    const existing = new Set(
      (
        await rows<{ id: string }>(this.dataSource, `SELECT id FROM instances WHERE id = ANY($1::uuid[])`, [
          leafRows.map((l) => l.instance_id),
        ])
      ).map((r) => r.id),
    );
    const scopeKnowsDeleted = !query.startedBy && !query.businessKey && !query.status;
    const inScope = (l: (typeof leafRows)[number]) =>
      (!query.instanceId || l.instance_id === query.instanceId) &&
      (!query.definitionKey || l.definition_key === query.definitionKey) &&
      (!query.from || l.created_at >= new Date(`${query.from}T00:00:00.000+08:00`)) &&
      (!query.to || l.created_at.getTime() < new Date(`${query.to}T00:00:00.000+08:00`).getTime() + 86_400_000);
    const proofs: CheckpointProof[] = [];
    leafRows.forEach((l, leafIndex) => {
      const deleted = scopeKnowsDeleted && !existing.has(l.instance_id) && inScope(l);
      if (!bundled.has(l.instance_id) && !deleted) return;
      const leaf = tree.leaves[leafIndex];
      proofs.push({ instanceId: l.instance_id, leafIndex, leaf, auditPath: tree.auditPath(leafIndex) });
    });
    const [key] = latest.signature
      ? await rows<{ public_key: string }>(this.dataSource, `SELECT public_key FROM audit_signing_keys WHERE id = $1`, [
          latest.signature.keyId,
        ])
      : [];
    const { signingPayload: _payload, ...record } = latest;
    return { ...record, ...(key ? { publicKey: key.public_key } : {}), proofs };
  }
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

function filterOf(query: BundleQuery): JsonObject {
  const { format: _f, lang: _l, checkpoint: _c, ...filter } = query;
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)) as JsonObject;
}
