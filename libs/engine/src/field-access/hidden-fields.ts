import type { JsonObject, JsonSchema, TaskSpec } from '../definition/definition.types';
import { findAttachmentRefs } from '../schema/attachment-refs';
import { isPlainObject } from '../support/json-value';

/** What the rule reads of a compiled definition: its start form and its tasks by state path. */
export interface FieldAccessSource {
  spec: { meta: { input?: JsonSchema } };
  tasks?: Readonly<Record<string, TaskSpec>>;
}

/**
 * Who reads an instance: `full` when they read it for a reason other than holding a task
 * (a reader of all, the starter, the definition's owner, a cc recipient); otherwise the state
 * paths of the tasks they read it through (assigned to them, completed by them, or open and
 * claimable by one of their roles).
 */
export interface FieldReader {
  full: boolean;
  taskPaths: readonly string[];
}

const startFields = (source: FieldAccessSource): string[] => {
  const properties = source.spec.meta.input?.properties;
  return isPlainObject(properties) ? Object.keys(properties) : [];
};

/** The start-form fields (top-level `meta.input` properties) that at least one task of the definition hides. */
export function hideableFields(source: FieldAccessSource): string[] {
  const tasks = Object.values(source.tasks ?? {});
  return startFields(source).filter((field) => tasks.some((task) => task.fieldAccess?.[field] === 'hidden'));
}

/**
 * 表单权限 `hidden`, enforced for a reader: a field is hidden when every task they read the
 * instance through hides it. A task whose state has no `fieldAccess` (or one this version does
 * not know, e.g. after a migration) hides nothing, so a reader who saw the field at one step
 * keeps seeing it. A full reader sees everything.
 *
 * @example hiddenFields(compiled, { full: false, taskPaths: ['approve'] }) // ['note'] when `approve` hides note
 */
export function hiddenFields(source: FieldAccessSource, reader: FieldReader): string[] {
  if (reader.full) return [];
  return hideableFields(source).filter((field) =>
    reader.taskPaths.every((path) => source.tasks?.[path]?.fieldAccess?.[field] === 'hidden'),
  );
}

/** `object` without the hidden top-level keys, and which of them it had. */
export function withoutFields(object: JsonObject, hidden: readonly string[]): { value: JsonObject; removed: string[] } {
  const removed = hidden.filter((field) => Object.prototype.hasOwnProperty.call(object, field));
  if (removed.length === 0) return { value: object, removed };
  const value = { ...object };
  for (const field of removed) delete value[field];
  return { value, removed };
}

/** The top-level field a dotted context path reads (`lines.0.amount` → `lines`). */
const fieldOf = (path: string) => path.split('.')[0];

/** A path that reads a hidden field (the field itself or anything inside it). */
export function readsHiddenField(path: string, hidden: readonly string[]): boolean {
  return hidden.includes(fieldOf(path));
}

/** `meta.summary` without the entries whose path reads a hidden field (a malformed summary is kept as it is). */
export function visibleSummaryFields(fields: unknown, hidden: readonly string[]): unknown {
  if (!Array.isArray(fields) || hidden.length === 0) return fields;
  return fields.filter(
    (field) => !(isPlainObject(field) && typeof field.path === 'string' && readsHiddenField(field.path, hidden)),
  );
}

/**
 * The attachments held by a hidden field in any of the given history entries' data (the start
 * input, a field edit): their ids, lower-cased as the attachments table keeps them.
 */
export function attachmentsInFields(entriesData: readonly unknown[], hidden: readonly string[]): Set<string> {
  const ids = new Set<string>();
  for (const data of entriesData) {
    if (!isPlainObject(data)) continue;
    for (const field of hidden)
      if (Object.prototype.hasOwnProperty.call(data, field))
        for (const ref of findAttachmentRefs(data[field])) ids.add(ref.attachmentId.toLowerCase());
  }
  return ids;
}
