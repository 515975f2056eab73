import type { JsonSchema, TaskSpec, WorkflowSpec } from '../definition/definition.types';
import { isPlainObject } from '../support/json-value';
import { editableFieldProperties } from './field-access';

/**
 * A task's form: `task.form`, else one object schema whose properties are the union of
 * the outcomes' event-schema properties and whose `required` are the fields every outcome
 * requires (each event is still checked against its own schema when it is sent); with
 * `fieldAccess`, the start-form fields the task may edit are added (marked `x-field-access: edit`).
 *
 * @example taskFormSchema(spec, { outcomes: ['APPROVE'] , ... }) // { type: 'object', properties: {...} }
 */
export function taskFormSchema(spec: WorkflowSpec, task: TaskSpec): JsonSchema {
  const base = ownFormSchema(spec, task);
  // 表单权限: the start-form fields the step may edit come first, marked so forms send them.
  const editable = Object.entries(editableFieldProperties(spec, task));
  if (editable.length === 0) return base;
  const marked = Object.fromEntries(editable.map(([k, p]) => [k, { ...(p as object), 'x-field-access': 'edit' }]));
  return { ...base, properties: { ...marked, ...(isPlainObject(base.properties) ? base.properties : {}) } };
}

function ownFormSchema(spec: WorkflowSpec, task: TaskSpec): JsonSchema {
  if (isPlainObject(task.form)) return task.form;
  const properties: Record<string, unknown> = {};
  let required: string[] | undefined;
  for (const outcome of task.outcomes ?? []) {
    const schema = spec.meta.events?.[outcome]?.schema;
    const props = isPlainObject(schema?.properties) ? schema.properties : {};
    for (const [name, prop] of Object.entries(props)) if (!(name in properties)) properties[name] = prop;
    const own = Array.isArray(schema?.required) ? (schema.required as string[]) : [];
    required = required === undefined ? own : required.filter((r) => own.includes(r));
  }
  return { type: 'object', properties, ...(required && required.length > 0 ? { required } : {}) };
}
