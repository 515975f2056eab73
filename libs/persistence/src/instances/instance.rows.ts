import type { InstanceStatus, StateValueContract } from '@liucheng/contracts';
import type { PersistedSnapshot } from '@liucheng/engine';

/** An `instances` row as `pg` returns it for {@link INSTANCE_COLUMNS}. */
export interface InstanceRow {
  id: string;
  definition_key: string;
  definition_version: number;
  status: InstanceStatus;
  state: StateValueContract;
  snapshot: PersistedSnapshot;
  business_key: string | null;
  started_by: string;
  seq: number;
  last_hash: string;
  created_at: Date;
  updated_at: Date;
}

/** The columns of {@link InstanceRow} over `instances i`. */
export const INSTANCE_COLUMNS =
  'i.id, i.definition_key, i.definition_version, i.status, i.state, i.snapshot, i.business_key, i.started_by, i.seq, i.last_hash, i.created_at, i.updated_at';
