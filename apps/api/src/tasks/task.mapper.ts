import type { Task } from '@liucheng/contracts';
import type { TaskRow } from '@liucheng/persistence';

// The row is typed once, beside the SQL that selects it (libs/persistence).
export type { TaskRow } from '@liucheng/persistence';

const iso = (value: Date | string | null): string | null => (value === null ? null : new Date(value).toISOString());

export function toTask(row: TaskRow): Task {
  return {
    id: row.id,
    instanceId: row.instance_id,
    definitionKey: row.definition_key,
    statePath: row.state_path,
    title: row.title,
    candidateRoles: row.candidate_roles ?? [],
    assignee: row.assignee,
    status: row.status,
    outcomes: row.outcomes ?? [],
    formSchema: row.form_schema ?? {},
    dueAt: iso(row.due_at),
    createdAt: iso(row.created_at) as string,
    completedAt: iso(row.completed_at),
    completedBy: row.completed_by,
    outcome: row.outcome,
    slot: row.slot ?? null,
    onBehalfOf: row.on_behalf_of ?? null,
    proxyUntil: iso(row.proxy_until ?? null),
    delegatedBy: row.delegated_by ?? null,
  };
}
