import { checkLocalized } from './check-root';
import { joinPath, type Problems } from './problems';
import { isPlainObject } from '../support/json-value';

const FIELD = /^[A-Za-z_][\w]*$/;

/**
 * Checks `meta.fields`: reader-facing titles `{zh, en}` for context fields that no input or event
 * schema names (a flag the definition sets, a counter), keyed by the top-level field name.
 */
export function checkFieldTitles(meta: Record<string, unknown>, problems: Problems): void {
  const fields = meta.fields;
  if (fields === undefined) return;
  if (!isPlainObject(fields))
    return problems.add('meta.fields', 'invalid-field-titles', 'must map context field names to {zh, en} titles');
  for (const [name, title] of Object.entries(fields)) {
    const path = joinPath('meta.fields', name);
    if (!FIELD.test(name)) problems.add(path, 'invalid-field-titles', 'must name a top-level context field');
    else checkLocalized(title, path, problems);
  }
}
