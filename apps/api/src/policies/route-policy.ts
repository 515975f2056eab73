import type { AuthenticatedUser } from '../auth/authenticated-user';
import { READ_ONLY_ROLES, hasAnyRole, type RoleName } from './roles';

/**
 * Who may call a route, as data. `allow`: `anyone` (no token), `signed-in`, or a list of roles;
 * `access`: what the route does — `read` (changes nothing), `own-account` (changes only the
 * caller's own account: their password, their proxies), or, when absent, `change`: a token holding a read-only
 * role (auditor) is refused on every `change` route whatever else it holds, so a new row is
 * closed to auditors unless it says it only reads; `deny`: further roles refused;
 * `userCheck`: where a token's user is checked to be active with a current token version —
 * `guard` (one indexed query before the handler) or `transaction` (inside the route's own
 * `SELECT … FOR UPDATE`, so the benchmarked event route pays no extra round trip).
 */
export interface RoutePolicy {
  allow: 'anyone' | 'signed-in' | readonly RoleName[];
  access?: 'read' | 'own-account' | 'change';
  deny?: readonly RoleName[];
  userCheck?: 'guard' | 'transaction';
}

/** Every route names one of these (see README "Who may do what"). */
export const ROUTE_POLICIES = {
  /** health, login, the OpenAPI docs. */
  public: { allow: 'anyone', access: 'read' },
  /** Reads; instance-level reads are narrowed further by instance-access.policy.ts. */
  signedIn: { allow: 'signed-in', access: 'read' },
  /** One's own password (another user's: admins only, password.policy.ts). */
  ownAccount: { allow: 'signed-in', access: 'own-account' },
  /** Changes workflow state: claim, unclaim, complete, the approval actions; upload an attachment. */
  work: { allow: 'signed-in' },
  /** Start an instance (as `work`): the user check happens in the start's own first statement. */
  startInstance: { allow: 'signed-in', userCheck: 'transaction' },
  /** The benchmarked event route: the user check happens in the event's own transaction. */
  sendEvent: { allow: 'signed-in', userCheck: 'transaction' },
  /** Save drafts, publish. */
  editDefinitions: { allow: ['owner', 'admin'] },
  /** Assign a task to someone. */
  assignTasks: { allow: ['leader', 'admin'] },
  /** See the people (to assign work, to audit). */
  readUsers: { allow: ['leader', 'auditor', 'admin'], access: 'read' },
  /** Create, change, deactivate users. */
  manageUsers: { allow: ['admin'] },
  /** See failed, retrying and overdue timers and the worker's lag. */
  readTimerIncidents: { allow: ['admin', 'auditor'], access: 'read' },
  /** This process's counters (group commit batch sizes). */
  readMetrics: { allow: ['admin', 'auditor'], access: 'read' },
  /** Schedule a failed timer's next attempt now. */
  retryTimers: { allow: ['admin'] },
  /** The notification delivery outbox (webhook, email). */
  readDeliveries: { allow: ['admin'], access: 'read' },
  /** Create, rename, move, delete departments and set their heads. */
  manageOrg: { allow: ['admin'] },
  /** Preview who would approve (the designer); resolves, changes nothing. */
  previewApprovers: { allow: ['owner', 'admin'], access: 'read' },
  /**
   * Name or cancel one's own proxy (代理): a change of one's own account; another user's only
   * as an admin holding no read-only role (proxy.policy.ts). Reading: signedIn + the same file.
   */
  ownProxies: { allow: 'signed-in', access: 'own-account' },
  /** Pause, resume and run now a definition's scheduled starts. */
  manageSchedules: { allow: ['owner', 'admin'] },
  /** Past runs of a schedule (who got an instance for which occurrence). */
  readScheduleRuns: { allow: ['owner', 'auditor', 'admin'], access: 'read' },
  /** Every proxy range active at a time (who stands in for whom). */
  readProxies: { allow: ['admin', 'auditor'], access: 'read' },
  /** The ledger of fines, points and penalties: the whole (auditor, admin) or a head's departments (ledger-scope.query.ts). */
  readLedger: { allow: ['leader', 'auditor', 'admin'], access: 'read' },
  /** Checkpoints, evidence bundles, verification runs and audit incidents. */
  readAudit: { allow: ['auditor', 'admin'], access: 'read' },
  /** Take a checkpoint, run a verification, register a public key, store a checkpoint's signature. */
  manageAudit: { allow: ['admin'] },
  /** Operations on an instance recorded in its history with a reason: cancel, move to state (repairs). */
  operateInstances: { allow: ['admin'] },
  /**
   * Move the running instances of a version to the next one (dry run and run): the second half
   * of publishing, so whoever may publish (process owners, admins) decides it.
   */
  migrateInstances: { allow: ['owner', 'admin'] },
  /** Working calendars: the week, public holidays, closures and extra working days. */
  manageCalendars: { allow: ['admin'] },
} as const satisfies Record<string, RoutePolicy>;

export type RoutePolicyName = keyof typeof ROUTE_POLICIES;

/** True when the route changes something beyond the caller's own account. */
export function changesState(policy: RoutePolicy): boolean {
  return policy.access === undefined || policy.access === 'change';
}

/** The route-level decision for a signed-in user (`anyone` routes never get here). */
export function routeAllows(policy: RoutePolicy, user: Pick<AuthenticatedUser, 'roles'>): boolean {
  if (changesState(policy) && hasAnyRole(user, READ_ONLY_ROLES)) return false;
  if (policy.deny && hasAnyRole(user, policy.deny)) return false;
  if (policy.allow === 'anyone' || policy.allow === 'signed-in') return true;
  return hasAnyRole(user, policy.allow);
}
