import type { AnyMachineSnapshot, AnyStateMachine } from 'xstate';
import type { CompiledWorkflow } from '../compile/compiled-workflow.types';
import type { JsonObject, JsonSchema, TaskSpec } from '../definition/definition.types';
import type { ValidationProblem } from '../definition/validation.types';
import { activePaths } from '../approval/approvals-context';
import { validateData } from '../schema/validate-data';
import { isPlainObject } from '../support/json-value';
import { EventRejectedError } from './engine.errors';

/**
 * 表单权限: what a task's assignee may do with each start-form field (`meta.input`): see it
 * (`read`, the default), change it (`edit`) or not see it (`hidden`).
 */
export type FieldAccess = 'read' | 'edit' | 'hidden';

export const FIELD_ACCESS_VALUES: readonly FieldAccess[] = ['read', 'edit', 'hidden'];

const inputProperties = (compiled: CompiledWorkflow): Record<string, JsonSchema> => {
  const properties = compiled.spec.meta.input?.properties;
  return isPlainObject(properties) ? (properties as Record<string, JsonSchema>) : {};
};

/** The active task that `eventType` completes and that sets `fieldAccess`, if any. */
function accessTask(compiled: CompiledWorkflow, current: AnyMachineSnapshot, eventType: string): TaskSpec | undefined {
  for (const path of activePaths(current)) {
    const task = compiled.tasks?.[path];
    if (task?.fieldAccess && task.outcomes.includes(eventType)) return task;
  }
  return undefined;
}

const escape = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * An event of a task with `fieldAccess`: start-form fields in its data (those its own event
 * schema does not declare) are edits of the request. A field the step may not edit refuses the
 * whole event (`field-not-editable`, naming it); editable ones are checked against the start
 * form's schema and written to the context before the transition, so the rest of the flow (a
 * condition on the amount) sees them. Returns the snapshot to go on from and the event data
 * without the edits. Without `fieldAccess` nothing changes.
 */
export function applyFieldEdits(
  compiled: CompiledWorkflow,
  current: AnyMachineSnapshot,
  event: { type: string; data: JsonObject },
  accepted: () => string[],
): { current: AnyMachineSnapshot; data: JsonObject } {
  const task = accessTask(compiled, current, event.type);
  if (!task || !isPlainObject(event.data)) return { current, data: event.data };
  const fields = inputProperties(compiled);
  const own = compiled.spec.meta.events?.[event.type]?.schema?.properties;
  const declared = new Set(isPlainObject(own) ? Object.keys(own) : []);
  const edits: JsonObject = {};
  const rest: JsonObject = {};
  const errors: ValidationProblem[] = [];
  for (const [key, value] of Object.entries(event.data)) {
    if (!(key in fields) || declared.has(key)) {
      rest[key] = value;
      continue;
    }
    const access = task.fieldAccess?.[key] ?? 'read';
    if (access !== 'edit')
      errors.push({
        path: `/${escape(key)}`,
        code: 'field-not-editable',
        params: { field: key, access },
        severity: 'error',
        message: access === 'hidden' ? 'is hidden at this step' : 'is read-only at this step',
      });
    else edits[key] = value;
  }
  if (errors.length === 0 && Object.keys(edits).length > 0) {
    const schema = { type: 'object', properties: Object.fromEntries(Object.keys(edits).map((k) => [k, fields[k]])) };
    errors.push(...validateData(schema, edits));
  }
  if (errors.length > 0) throw new EventRejectedError('invalid-data', event.type, accepted(), errors);
  if (Object.keys(edits).length === 0) return { current, data: rest };
  return { current: withContext(compiled.machine, current, edits), data: rest };
}

/** A live snapshot equal to `snapshot` with `patch` written over its context's top-level keys. */
function withContext(machine: AnyStateMachine, snapshot: AnyMachineSnapshot, patch: JsonObject): AnyMachineSnapshot {
  return machine.resolveState({
    value: snapshot.value,
    context: { ...(snapshot.context as JsonObject), ...structuredClone(patch) },
    status: snapshot.status,
    output: snapshot.output,
    error: snapshot.error,
    historyValue: snapshot.historyValue,
  } as never);
}

/**
 * The start-form fields a task may edit, as properties its form adds (current values are the
 * context's; the form fills them in).
 */
export function editableFieldProperties(spec: { meta: { input?: JsonSchema } }, task: TaskSpec): JsonObject {
  const properties = isPlainObject(spec.meta.input?.properties) ? (spec.meta.input.properties as JsonObject) : {};
  const access = task.fieldAccess ?? {};
  return Object.fromEntries(
    Object.keys(properties)
      .filter((k) => access[k] === 'edit')
      .map((k) => [k, properties[k]]),
  );
}
