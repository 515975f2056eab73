import type { WorkflowSpec } from '@liucheng/engine';

// `notify` names a recipient in `to`, not a context field.
const RECIPIENT_ACTIONS = new Set(['notify']);

/**
 * Top-level context fields a definition can hold: its context defaults and the fields its actions
 * write (`params.to` of assign, append, set, increment, merge and the domain actions; `a.b` counts as `a`).
 * @example contextFieldsWritten(spec).has('reviewComment') // true when an action assigns it
 */
export function contextFieldsWritten(spec: WorkflowSpec): Set<string> {
  const fields = new Set(Object.keys(spec.context ?? {}));
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    const params = record.params as { to?: unknown } | undefined;
    if (typeof record.type === 'string' && !RECIPIENT_ACTIONS.has(record.type) && typeof params?.to === 'string')
      fields.add(params.to.split('.')[0]);
    Object.values(record).forEach(visit);
  };
  visit(spec.states);
  return fields;
}

/** Top-level fields named by the start form or an event schema (those carry their own titles). */
export function schemaFieldNames(spec: WorkflowSpec): Set<string> {
  const meta = spec.meta as { input?: unknown; events?: Record<string, { schema?: unknown }> };
  const schemas = [meta.input, ...Object.values(meta.events ?? {}).map((event) => event.schema)];
  const names = schemas.flatMap((schema) =>
    Object.keys((schema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {}),
  );
  return new Set(names);
}
