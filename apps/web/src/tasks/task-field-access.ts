// Pure: a task's 表单权限 as its definition states it (`meta.task.fieldAccess` of the state at
// the task's dotted path), and the request fields it hides.
type Json = Record<string, unknown>;

const asObject = (value: unknown): Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};

/**
 * @example hiddenFields({ states: { check: { meta: { task: { fieldAccess: { note: 'hidden' } } } } } }, 'check') // ['note']
 */
export function hiddenFields(spec: unknown, statePath: string): string[] {
  let state: Json = asObject(spec);
  for (const key of statePath.split('.')) state = asObject(asObject(state.states)[key]);
  const access = asObject(asObject(asObject(state.meta).task).fieldAccess);
  return Object.keys(access).filter((field) => access[field] === 'hidden');
}
