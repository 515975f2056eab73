import type { LocalizedLabel, Task, TaskStatus } from '@liucheng/contracts';

/** A `tasks` row as `pg` returns it, or as `json_agg(tasks)` does (timestamps as strings). */
export interface TaskRow {
  id: string;
  instance_id: string;
  definition_key: string;
  state_path: string;
  title: LocalizedLabel;
  candidate_roles: string[] | null;
  assignee: string | null;
  status: TaskStatus;
  outcomes: string[] | null;
  form_schema: Record<string, unknown> | null;
  due_at: Date | string | null;
  created_at: Date | string;
  completed_at: Date | string | null;
  completed_by: string | null;
  outcome: string | null;
}

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
  };
}
