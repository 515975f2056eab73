import type { Task } from '@liucheng/contracts';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { hasAnyRole } from './roles';

type TaskHolder = Pick<Task, 'assignee' | 'candidateRoles'>;
/** 代理 fields of an approval task given to a proxy (optional: older task rows have none). */
type ProxyHolder = Partial<Pick<Task, 'onBehalfOf' | 'proxyUntil'>>;
type PolicyUser = Pick<AuthenticatedUser, 'username' | 'roles'>;

/** Leaders and admins may take a task back from its assignee. */
const UNCLAIM_ANY_ROLES = ['leader', 'admin'];

/**
 * Who may complete a task (or send one of its outcomes as an event): its assignee, or, while it
 * is unclaimed, a user holding one of its candidate roles. A task with neither (its assignee
 * expression resolved to nobody) belongs to nobody until a leader or admin assigns it.
 *
 * A task held by a proxy for `onBehalfOf` (代理): the principal may always act on it; the proxy
 * (its assignee) only before `proxyUntil` (none: no end). Without `at` that time cannot be
 * checked, so a proxy with a `proxyUntil` may not act (fail closed: callers pass the step's clock).
 */
export function mayComplete(task: TaskHolder & ProxyHolder, user: PolicyUser, at?: Date): boolean {
  if (task.onBehalfOf) {
    if (task.onBehalfOf === user.username) return true;
    return task.assignee === user.username && proxyMayStillAct(task, at);
  }
  if (task.assignee) return task.assignee === user.username;
  return hasAnyRole(user, task.candidateRoles);
}

/** The proxy's range holds at `at`: `proxyUntil` is exclusive, like a proxy range's end. */
function proxyMayStillAct(task: ProxyHolder, at: Date | undefined): boolean {
  if (!task.proxyUntil) return true;
  return at !== undefined && at.getTime() < Date.parse(task.proxyUntil);
}

/** An open, unassigned task the user may claim: they hold one of its candidate roles. */
export function isCandidate(task: TaskHolder & Pick<Task, 'status'>, user: PolicyUser): boolean {
  return task.status === 'open' && !task.assignee && hasAnyRole(user, task.candidateRoles);
}

/** The assignee gives a task back; leaders and admins may take it from anyone. */
export function mayUnclaim(task: TaskHolder, user: PolicyUser): boolean {
  return task.assignee === user.username || hasAnyRole(user, UNCLAIM_ANY_ROLES);
}

/**
 * Whom a task may be assigned to: a member of a candidate role, or the user its assignee
 * expression resolves to (`starter`, `starter.manager`, `context.<path>`). A task with no
 * candidate roles whose expression resolves to nobody may go to any active user.
 */
export function isEligibleAssignee(
  task: Pick<Task, 'candidateRoles'>,
  resolvedAssignee: string | null,
  target: Pick<AuthenticatedUser, 'username' | 'roles'>,
): boolean {
  if (hasAnyRole(target, task.candidateRoles)) return true;
  if (resolvedAssignee !== null) return target.username === resolvedAssignee;
  return task.candidateRoles.length === 0;
}
