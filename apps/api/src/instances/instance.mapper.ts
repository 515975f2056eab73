import type { Instance, SummaryField, Task } from '@liucheng/contracts';
import { summaryValues, visibleSummaryFields, withoutFields, type JsonObject } from '@liucheng/engine';
import type { InstanceRow } from '@liucheng/persistence';

// The row is typed once, beside the SQL that selects it (libs/persistence).
export { INSTANCE_COLUMNS, type InstanceRow } from '@liucheng/persistence';

/** The engine's reason for a failed instance (plain data in the snapshot), when it gave one. */
function failureOf(row: InstanceRow): Instance['failure'] {
  const error = row.snapshot?.error as Record<string, unknown> | undefined;
  if (row.status !== 'failed' || !error || typeof error.code !== 'string') return undefined;
  return {
    code: error.code,
    ...(typeof error.statePath === 'string' ? { statePath: error.statePath } : {}),
    ...(typeof error.message === 'string' ? { message: error.message } : {}),
  };
}

/**
 * The API's instance; `summaryFields` is the definition's `meta.summary` (read from the context).
 * `hidden`: the start-form fields 表单权限 hides from this reader, left out of the context and
 * the summary.
 */
export function toInstance(
  row: InstanceRow,
  acceptedEvents: string[],
  tasks: Task[],
  summaryFields?: unknown,
  hidden: readonly string[] = [],
): Instance {
  const failure = failureOf(row);
  const context = withoutFields((row.snapshot?.context ?? {}) as JsonObject, hidden).value;
  return {
    id: row.id,
    definitionKey: row.definition_key,
    version: row.definition_version,
    businessKey: row.business_key,
    status: row.status,
    state: row.state,
    context,
    acceptedEvents: row.status === 'running' ? acceptedEvents : [],
    tasks,
    seq: row.seq,
    startedBy: row.started_by,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    summary: summaryValues(visibleSummaryFields(summaryFields, hidden), context) as SummaryField[],
    ...(failure ? { failure } : {}),
  };
}
