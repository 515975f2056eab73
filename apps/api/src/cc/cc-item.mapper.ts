import type { CcItem, SummaryField } from '@liucheng/contracts';
import {
  INSTANCE_SUMMARY_COLUMNS,
  toInstanceSummary,
  type InstanceSummaryColumns,
} from '../instances/instance-summary.mapper';

/** A `cc_items` row joined with its instance and definition, as `GET /api/cc` reads it. */
export interface CcItemRow extends InstanceSummaryColumns {
  id: string;
  instance_id: string;
  seq: number;
  definition_key: string;
  state_path: string;
  sent_by: string;
  comment: string | null;
  created_at: Date;
  read_at: Date | null;
}

/** Columns of {@link CcItemRow} over `cc_items c` with {@link CC_ITEM_JOINS}. */
export const CC_ITEM_COLUMNS = `c.id, c.instance_id, c.seq, c.definition_key, c.state_path, c.sent_by, c.comment,
  c.created_at, c.read_at, ${INSTANCE_SUMMARY_COLUMNS}`;
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
    instance: toInstanceSummary(row, summary),
  };
}
