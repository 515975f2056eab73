// What the signed-in user may do with a task; mirrors the server's task policy so the page
// offers only what the server will accept (the server still decides).
import type { CurrentUser, Task } from '@liucheng/contracts';

export type TaskAccess =
  /** Assigned to me: I may complete it (or release it). */
  | 'assignee'
  /** Open and unclaimed, one of my roles is a candidate: I may claim it or complete it directly. */
  | 'candidate'
  /** Someone else holds it. */
  | 'claimed-by-other'
  /** Not mine to act on (no matching role). */
  | 'none'
  | 'done'
  | 'cancelled'
  /** An approval task that ended without a decision of its own: 转办, 委派, 减签. */
  | 'transferred'
  | 'delegated'
  | 'removed'
  /** An admin moved the instance out of the task's state (跳转到节点). */
  | 'moved';

/**
 * @example taskAccess({ status: 'open', assignee: null, candidateRoles: ['leader'] }, leader) // 'candidate'
 */
export function taskAccess(
  task: Pick<Task, 'status' | 'assignee' | 'candidateRoles'>,
  user: Pick<CurrentUser, 'username' | 'roles'>,
): TaskAccess {
  if (task.status === 'done') return 'done';
  if (task.status !== 'open') return task.status;
  if (task.assignee) return task.assignee === user.username ? 'assignee' : 'claimed-by-other';
  return task.candidateRoles.some((role) => user.roles.includes(role)) ? 'candidate' : 'none';
}

/** Whether the outcome buttons are live. */
export function mayAct(access: TaskAccess): boolean {
  return access === 'assignee' || access === 'candidate';
}
