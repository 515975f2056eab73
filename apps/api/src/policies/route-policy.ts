import type { AuthenticatedUser } from '../auth/authenticated-user';
import { READ_ONLY_ROLES, hasAnyRole, type RoleName } from './roles';

/**
 * Who may call a route, as data. `allow`: `anyone` (no token), `signed-in`, or a list of roles;
 * `deny`: roles refused even when `allow` matches (auditors never change anything);
 * `userCheck`: where a token's user is checked to be active with a current token version —
 * `guard` (one indexed query before the handler) or `transaction` (inside the route's own
 * `SELECT … FOR UPDATE`, so the benchmarked event route pays no extra round trip).
 */
export interface RoutePolicy {
  allow: 'anyone' | 'signed-in' | readonly RoleName[];
  deny?: readonly RoleName[];
  userCheck?: 'guard' | 'transaction';
}

/** Every route names one of these (see README "Who may do what"). */
export const ROUTE_POLICIES = {
  /** health, login, the OpenAPI docs. */
  public: { allow: 'anyone' },
  /** Reads; instance-level reads are narrowed further by instance-access.policy.ts. */
  signedIn: { allow: 'signed-in' },
  /** Changes workflow state: start, claim, unclaim, complete. */
  work: { allow: 'signed-in', deny: READ_ONLY_ROLES },
  /** The benchmarked event route: the user check happens in the event's own transaction. */
  sendEvent: { allow: 'signed-in', deny: READ_ONLY_ROLES, userCheck: 'transaction' },
  /** Save drafts, publish. */
  editDefinitions: { allow: ['owner', 'admin'] },
  /** Assign a task to someone. */
  assignTasks: { allow: ['leader', 'admin'], deny: READ_ONLY_ROLES },
  /** See the people (to assign work, to audit). */
  readUsers: { allow: ['leader', 'auditor', 'admin'] },
  /** Create, change, deactivate users. */
  manageUsers: { allow: ['admin'] },
  /** The notification delivery outbox (webhook, email). */
  readDeliveries: { allow: ['admin'] },
} as const satisfies Record<string, RoutePolicy>;

export type RoutePolicyName = keyof typeof ROUTE_POLICIES;

/** The route-level decision for a signed-in user (`anyone` routes never get here). */
export function routeAllows(policy: RoutePolicy, user: Pick<AuthenticatedUser, 'roles'>): boolean {
  if (policy.deny && hasAnyRole(user, policy.deny)) return false;
  if (policy.allow === 'anyone' || policy.allow === 'signed-in') return true;
  return hasAnyRole(user, policy.allow);
}
