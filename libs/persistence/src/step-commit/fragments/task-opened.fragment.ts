import type { Task } from '@liucheng/contracts';
import { castLiteral, jsonLiteral, sqlLiteral } from '../../sql';
import type { FragmentContext } from './fragment-context';

/**
 * The values of a task row, in the column order of `taskOpenedFragment`; `liucheng_open_task`
 * takes its parameters in the same order, so both write the same row.
 */
export function taskOpenedValues(task: Task, c: FragmentContext): string {
  return `${castLiteral(task.id, 'uuid')}, ${c.instanceId}, ${sqlLiteral(task.definitionKey)}, ${sqlLiteral(task.statePath)},
    ${jsonLiteral(task.title, 'jsonb', 'tasks.title')}, ${castLiteral(task.candidateRoles, 'text[]')}, ${sqlLiteral(task.assignee)},
    ${sqlLiteral(task.status)}, ${castLiteral(task.outcomes, 'text[]')}, ${jsonLiteral(task.formSchema, 'json', 'tasks.form_schema')},
    ${castLiteral(task.dueAt, 'timestamptz')}, ${c.at}, ${castLiteral(task.completedAt, 'timestamptz')},
    ${sqlLiteral(task.completedBy)}, ${sqlLiteral(task.outcome)}, ${sqlLiteral(task.slot ?? null)},
    ${sqlLiteral(task.onBehalfOf ?? null)}, ${castLiteral(task.proxyUntil ?? null, 'timestamptz')},
    ${sqlLiteral(task.delegatedBy ?? null)}`;
}

/** Inserts a task the step opened; the form schema stays `json` so its key order survives. */
export function taskOpenedFragment({ task }: { task: Task }, c: FragmentContext): string {
  return `INSERT INTO tasks (id, instance_id, definition_key, state_path, title, candidate_roles, assignee, status,
    outcomes, form_schema, due_at, created_at, completed_at, completed_by, outcome, slot, on_behalf_of, proxy_until,
    delegated_by)
  VALUES (${taskOpenedValues(task, c)})`;
}

/**
 * The same row as a call of `liucheng_open_task` (migration StartPathFunctions1766900000000),
 * whose plan PostgreSQL keeps per connection: a start opens its tasks this way.
 */
export function taskOpenedCall({ task }: { task: Task }, c: FragmentContext): string {
  return `SELECT liucheng_open_task(${taskOpenedValues(task, c)})`;
}
