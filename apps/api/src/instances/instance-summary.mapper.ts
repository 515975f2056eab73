import type { InstanceStatus, StateValueContract, SummaryField, TaskInstanceSummary } from '@liucheng/contracts';

/** The instance (`i`) and definition (`d`) columns a task or CC row carries for the inbox. */
export interface InstanceSummaryColumns {
  definition_key: string;
  instance_id: string;
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

/** The select list of {@link InstanceSummaryColumns} over `instances i LEFT JOIN workflow_definitions d`. */
export const INSTANCE_SUMMARY_COLUMNS = `i.definition_version AS i_version, i.business_key AS i_business_key,
  i.started_by AS i_started_by, i.state AS i_state, i.status AS i_status,
  i.snapshot->'context' AS i_context, i.created_at AS i_created_at, d.title_zh AS d_title_zh, d.title_en AS d_title_en`;

/** The instance summary of an inbox row (task, CC), with its summary fields. */
export function toInstanceSummary(row: InstanceSummaryColumns, summary: SummaryField[]): TaskInstanceSummary {
  return {
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
  };
}
