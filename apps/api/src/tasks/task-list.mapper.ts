import type { SummaryField, TaskListItem } from '@liucheng/contracts';
import {
  INSTANCE_SUMMARY_COLUMNS,
  toInstanceSummary,
  type InstanceSummaryColumns,
} from '../instances/instance-summary.mapper';
import { toTask, type TaskRow } from './task.mapper';

/** A task row joined with its instance and definition, as `GET /api/tasks` reads it. */
export type TaskListRow = TaskRow & InstanceSummaryColumns;

/** Columns of {@link TaskListRow} over `tasks t JOIN instances i LEFT JOIN workflow_definitions d`. */
export const TASK_LIST_COLUMNS = `t.*, ${INSTANCE_SUMMARY_COLUMNS}`;

export function toTaskListItem(row: TaskListRow, summary: SummaryField[], now: Date): TaskListItem {
  const task = toTask(row);
  return {
    ...task,
    instance: toInstanceSummary(row, summary),
    overdue: task.status === 'open' && task.dueAt !== null && Date.parse(task.dueAt) <= now.getTime(),
  };
}
