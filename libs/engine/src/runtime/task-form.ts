import type { JsonSchema, TaskSpec, WorkflowSpec } from '../definition/definition.types';
import { isPlainObject } from '../support/json-value';

/**
 * A task's form: `task.form`, else one object schema whose properties are the union of
 * the outcomes' event-schema properties and whose `required` are the fields every outcome
 * requires (each event is still checked against its own schema when it is sent).
 *
 * @example taskFormSchema(spec, { outcomes: ['APPROVE'] , ... }) // { type: 'object', properties: {...} }
 */
export function taskFormSchema(spec: WorkflowSpec, task: TaskSpec): JsonSchema {
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
