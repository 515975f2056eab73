import type { Instance, InstanceStatus, StateValueContract, Task } from '@liucheng/contracts';
import type { PersistedSnapshot } from '@liucheng/engine';

/** An `instances` row as read by the services. */
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

export const INSTANCE_COLUMNS =
  'i.id, i.definition_key, i.definition_version, i.status, i.state, i.snapshot, i.business_key, i.started_by, i.seq, i.last_hash, i.created_at, i.updated_at';

export function toInstance(row: InstanceRow, acceptedEvents: string[], tasks: Task[]): Instance {
  return {
    id: row.id,
    definitionKey: row.definition_key,
    version: row.definition_version,
    businessKey: row.business_key,
    status: row.status,
    state: row.state,
    context: (row.snapshot?.context ?? {}) as Record<string, unknown>,
    acceptedEvents: row.status === 'running' ? acceptedEvents : [],
    tasks,
    seq: row.seq,
    startedBy: row.started_by,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
