import type { InstanceStatus, StateValueContract, SummaryField, TaskListItem } from '@liucheng/contracts';
import { toTask, type TaskRow } from './task.mapper';

/** A task row joined with its instance and definition, as `GET /api/tasks` reads it. */
export interface TaskListRow extends TaskRow {
  i_version: number;
  i_business_key: string | null;
  i_started_by: string;
  i_state: StateValueContract;
  i_status: InstanceStatus;
  i_context: unknown;
  i_created_at: Date;
  d_title_zh: string | null;
  d_title_en: string | null;
}

/** Columns of {@link TaskListRow} over `tasks t JOIN instances i LEFT JOIN workflow_definitions d`. */
export const TASK_LIST_COLUMNS = `t.*, i.definition_version AS i_version, i.business_key AS i_business_key,
  i.started_by AS i_started_by, i.state AS i_state, i.status AS i_status,
  i.snapshot->'context' AS i_context, i.created_at AS i_created_at, d.title_zh AS d_title_zh, d.title_en AS d_title_en`;

export function toTaskListItem(row: TaskListRow, summary: SummaryField[]): TaskListItem {
  return {
    ...toTask(row),
    instance: {
      id: row.instance_id,
      definitionKey: row.definition_key,
      version: row.i_version,
      title: { zh: row.d_title_zh ?? row.definition_key, en: row.d_title_en ?? row.definition_key },
      businessKey: row.i_business_key,
      startedBy: row.i_started_by,
      state: row.i_state,
      status: row.i_status,
      summary,
      createdAt: row.i_created_at.toISOString(),
    },
  };
}
