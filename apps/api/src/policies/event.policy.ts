import type { Task } from '@liucheng/contracts';
import { isSystem, type AuthenticatedUser } from '../auth/authenticated-user';
import { READ_ONLY_ROLES, hasAnyRole } from './roles';
import { mayComplete } from './task.policy';

/** Internal and timer events (`xstate.*`) come only from the engine itself. */
export const SYSTEM_EVENT_PREFIX = 'xstate.';

/** Approval actions (`@approvers`, `@transfer`, `@withdraw`, …) have routes of their own. */
export const APPROVAL_EVENT_PREFIX = '@';

/** Besides the starter, admins may send an event that is no task's outcome (withdraw, cancel). */
const FREE_EVENT_ROLES = ['admin'];

export type EventDecision = { allowed: true } | { allowed: false; message: string };

/**
 * Who may send an event to an instance, decided from what the event path already holds under
 * its row lock (the instance's starter and open tasks) and the token's claims — no query:
 * - the system (timers) may send anything; `xstate.*` events only the system;
 * - `@…` approval actions only through their routes (which authorize them themselves);
 * - read-only users (auditors) nothing;
 * - an outcome of an open task: its assignee, or for an unclaimed task a candidate;
 * - any other event (e.g. a withdraw the definition allows): the starter or an admin.
 */
export function decideEvent(
  user: AuthenticatedUser,
  eventType: string,
  instance: {
    startedBy: string;
    openTasks: Pick<Task, 'assignee' | 'candidateRoles' | 'outcomes' | 'onBehalfOf' | 'proxyUntil'>[];
  },
  at?: Date,
): EventDecision {
  if (isSystem(user)) return { allowed: true };
  if (eventType.startsWith(SYSTEM_EVENT_PREFIX))
    return { allowed: false, message: `Event ${eventType} is a system event; only the engine may send it` };
  if (eventType.startsWith(APPROVAL_EVENT_PREFIX))
    return {
      allowed: false,
      message: `Event ${eventType} is an approval action; send it through its own route (docs/http-api.md: Approvals)`,
    };
  if (hasAnyRole(user, READ_ONLY_ROLES)) return { allowed: false, message: `${user.username} may only read` };
  const owners = instance.openTasks.filter((t) => t.outcomes.includes(eventType));
  if (owners.length > 0) {
    return owners.some((t) => mayComplete(t, user, at))
      ? { allowed: true }
      : {
          allowed: false,
          message: `${eventType} completes a task that ${user.username} is neither assigned to nor a candidate for`,
        };
  }
  if (user.username === instance.startedBy || hasAnyRole(user, FREE_EVENT_ROLES)) return { allowed: true };
  return {
    allowed: false,
    message: `${eventType} is no open task's outcome; only the starter (${instance.startedBy}) or an admin may send it`,
  };
}
