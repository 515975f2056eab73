import type { LocalizedLabel, TaskStatus } from '@liucheng/contracts';

/**
 * A `tasks` row as `SELECT * FROM tasks` returns it, or as `json_agg(t)` does (timestamps as
 * strings then).
 */
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
  slot?: string | null;
  on_behalf_of?: string | null;
  proxy_until?: Date | string | null;
  delegated_by?: string | null;
}
