// Pure: one change to a step's 表单权限 (a simple-mode node's task or a canvas task). Read-only is
// the default, so it is never stored.
export type FieldAccess = 'read' | 'edit' | 'hidden';

/** Anything carrying 表单权限: a simple-mode node's task, a definition's `meta.task`. */
export interface WithFieldAccess {
  fieldAccess?: Record<string, FieldAccess>;
}

/** The task with `field` set to `access` (read-only entries dropped, no empty map kept). */
export function withFieldAccess<T extends WithFieldAccess>(task: T, field: string, access: FieldAccess): T {
  const { fieldAccess: current, ...rest } = task;
  const next = { ...(current ?? {}), [field]: access };
  if (access === 'read') delete next[field];
  return (Object.keys(next).length > 0 ? { ...rest, fieldAccess: next } : rest) as T;
}
