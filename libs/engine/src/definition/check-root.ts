import { schemaCompileError } from '../schema/validate-data';
import { isPlainObject } from '../support/json-value';
import { joinPath, type Problems } from './problems';

/** Adds a problem unless `value` is `{zh, en}` with two non-empty strings. */
export function checkLocalized(value: unknown, path: string, problems: Problems): void {
  if (!isPlainObject(value)) return problems.add(path, 'not-localized', 'must be {zh, en}');
  for (const lang of ['zh', 'en']) {
    if (typeof value[lang] !== 'string' || (value[lang] as string).trim() === '')
      problems.add(joinPath(path, lang), 'empty-text', 'must be a non-empty string');
  }
}

/** Adds a problem when ajv cannot compile `schema`. */
export function checkSchema(schema: unknown, path: string, problems: Problems): void {
  const error = schemaCompileError(schema);
  if (error) problems.add(path, 'invalid-schema', `is not a valid JSON Schema: ${error}`, { detail: error });
}

/** Checks `id`, `context` and `meta` (title, input, events, starterRoles) of a definition. */
export function checkRoot(spec: Record<string, unknown>, problems: Problems): void {
  if (typeof spec.id !== 'string' || spec.id.trim() === '')
    problems.add('id', 'missing-id', 'is required and must be a non-empty string');
  else if (/[.#\s]/.test(spec.id)) problems.add('id', 'invalid-id', 'must not contain ".", "#" or spaces');
  if (spec.context !== undefined && !isPlainObject(spec.context))
    problems.add('context', 'not-object', 'must be an object');
  if (!isPlainObject(spec.states) || Object.keys(spec.states).length === 0)
    problems.add('states', 'missing-states', 'must be an object with at least one state');
  const meta = spec.meta;
  if (!isPlainObject(meta))
    return problems.add('meta', 'missing-meta', 'is required and must be an object with a title {zh, en}');
  checkLocalized(meta.title, 'meta.title', problems);
  if (meta.description !== undefined) checkLocalized(meta.description, 'meta.description', problems);
  if (meta.input !== undefined) checkSchema(meta.input, 'meta.input', problems);
  if (
    meta.starterRoles !== undefined &&
    (!Array.isArray(meta.starterRoles) || meta.starterRoles.some((r) => typeof r !== 'string' || r === ''))
  ) {
    problems.add('meta.starterRoles', 'invalid-roles', 'must be an array of role names');
  }
  if (meta.events === undefined) return;
  if (!isPlainObject(meta.events))
    return problems.add('meta.events', 'not-object', 'must be an object keyed by event type');
  for (const [type, event] of Object.entries(meta.events)) {
    const path = joinPath('meta.events', type);
    if (!isPlainObject(event)) {
      problems.add(path, 'not-object', 'must be an object');
      continue;
    }
    if (event.title !== undefined) checkLocalized(event.title, joinPath(path, 'title'), problems);
    if (event.schema !== undefined) checkSchema(event.schema, joinPath(path, 'schema'), problems);
  }
}
