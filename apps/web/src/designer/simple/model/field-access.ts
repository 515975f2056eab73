// Pure: one change to a node's 表单权限. Read-only is the default, so it is never stored.
import type { NodeTask } from '@liucheng/engine';

export type FieldAccess = 'read' | 'edit' | 'hidden';

/** The task with `field` set to `access` (read-only entries dropped, no empty map kept). */
export function withFieldAccess(task: NodeTask, field: string, access: FieldAccess): NodeTask {
  const { fieldAccess: current, ...rest } = task;
  const next = { ...(current ?? {}), [field]: access };
  if (access === 'read') delete next[field];
  return Object.keys(next).length > 0 ? { ...rest, fieldAccess: next } : rest;
}
