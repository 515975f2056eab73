import type { CcItem, InstanceStatus, StateValueContract, SummaryField } from '@liucheng/contracts';

/** A `cc_items` row joined with its instance and definition, as `GET /api/cc` reads it. */
export interface CcItemRow {
  id: string;
  instance_id: string;
  seq: number;
  definition_key: string;
  state_path: string;
  sent_by: string;
  comment: string | null;
  created_at: Date;
  read_at: Date | null;
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

/** Columns of {@link CcItemRow} over `cc_items c` with {@link CC_ITEM_JOINS}. */
export const CC_ITEM_COLUMNS = `c.id, c.instance_id, c.seq, c.definition_key, c.state_path, c.sent_by, c.comment,
  c.created_at, c.read_at, i.definition_version AS i_version, i.business_key AS i_business_key,
  i.started_by AS i_started_by, i.state AS i_state, i.status AS i_status,
  i.snapshot->'context' AS i_context, i.created_at AS i_created_at, d.title_zh AS d_title_zh, d.title_en AS d_title_en`;
export const CC_ITEM_JOINS = `JOIN instances i ON i.id = c.instance_id
  LEFT JOIN workflow_definitions d ON d.key = i.definition_key`;

export function toCcItem(row: CcItemRow, summary: SummaryField[]): CcItem {
  return {
    id: row.id,
    instanceId: row.instance_id,
    definitionKey: row.definition_key,
    statePath: row.state_path,
    seq: row.seq,
    sentBy: row.sent_by,
    comment: row.comment,
    createdAt: row.created_at.toISOString(),
    readAt: row.read_at?.toISOString() ?? null,
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
