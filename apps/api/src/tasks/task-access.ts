import type { Task } from '@liucheng/contracts';
import type { AuthenticatedUser } from '../auth/authenticated-user';

/**
 * Who may complete a task (or send one of its outcomes as an event): its assignee, or, while
 * it is unclaimed, a user holding one of its candidate roles (anyone when it names none).
 */
export function mayComplete(task: Pick<Task, 'assignee' | 'candidateRoles'>, user: AuthenticatedUser): boolean {
  if (task.assignee) return task.assignee === user.username;
  return task.candidateRoles.length === 0 || task.candidateRoles.some((role) => user.roles.includes(role));
}

/** An unassigned open task is a candidate of the user when they share a role. */
export function isCandidate(
  task: Pick<Task, 'assignee' | 'candidateRoles' | 'status'>,
  user: AuthenticatedUser,
): boolean {
  return task.status === 'open' && !task.assignee && task.candidateRoles.some((role) => user.roles.includes(role));
}
