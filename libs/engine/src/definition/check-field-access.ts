import { FIELD_ACCESS_VALUES } from '../runtime/field-access';
import { isPlainObject } from '../support/json-value';
import { joinPath, type Problems } from './problems';
import type { IndexedState } from './state-index';

/**
 * `meta.task.fieldAccess` (表单权限): an object whose keys are start-form fields (`meta.input`
 * properties) and whose values are `read`, `edit` or `hidden`.
 */
export function checkFieldAccess(state: IndexedState, input: unknown, problems: Problems): void {
  const task: unknown = state.config.meta?.task;
  if (!isPlainObject(task) || task.fieldAccess === undefined) return;
  const path = joinPath(state.specPath, 'meta.task.fieldAccess');
  if (!isPlainObject(task.fieldAccess)) return problems.add(path, 'not-object', 'must be an object');
  const properties = isPlainObject(input) && isPlainObject(input.properties) ? input.properties : {};
  for (const [field, access] of Object.entries(task.fieldAccess)) {
    if (!(field in properties))
      problems.add(joinPath(path, field), 'unknown-form-field', `"${field}" is not a field of the start form`, {
        field,
      });
    else if (!FIELD_ACCESS_VALUES.includes(access as never))
      problems.add(joinPath(path, field), 'invalid-field-access', 'must be "read", "edit" or "hidden"', { field });
  }
}
