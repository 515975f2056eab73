import type { Instance, Task } from '@liucheng/contracts';
import type { InstanceRow } from '@liucheng/persistence';

// The row is typed once, beside the SQL that selects it (libs/persistence).
export { INSTANCE_COLUMNS, type InstanceRow } from '@liucheng/persistence';

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
