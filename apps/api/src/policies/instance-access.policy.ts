import type { Task } from '@liucheng/contracts';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { READ_ALL_ROLES, hasAnyRole } from './roles';

type Reader = Pick<AuthenticatedUser, 'username' | 'roles'>;
type TaskTrace = Pick<Task, 'assignee' | 'candidateRoles' | 'status' | 'completedBy'>;

/** Leaders, auditors and admins read every instance, history and task. */
export function readsAll(user: Reader): boolean {
  return hasAnyRole(user, READ_ALL_ROLES);
}

/**
 * Who may read an instance (itself, its history, replay, verify, its tasks): readers of all,
 * its starter, and anyone who has or had a task on it — assigned to them, completed by them,
 * or open and unclaimed with one of their roles among the candidates. A cc recipient (抄送) may
 * read it too; that needs the cc_items table, so instance-readable.query.ts asks it only when
 * this refuses.
 */
export function mayReadInstance(user: Reader, instance: { startedBy: string; tasks: TaskTrace[] }): boolean {
  if (readsAll(user) || instance.startedBy === user.username) return true;
  return instance.tasks.some((t) => readsThroughTask(user, t));
}

/** A task the user reads its instance through: assigned to them, completed by them, or open and claimable by their roles. */
export function readsThroughTask(user: Reader, t: TaskTrace): boolean {
  return (
    t.assignee === user.username ||
    t.completedBy === user.username ||
    (t.status === 'open' && !t.assignee && hasAnyRole(user, t.candidateRoles))
  );
}

/**
 * A process owner reads every instance of a definition they own (`workflow_definitions.owner`,
 * whoever created it): the audit view of their own processes. Needs the definitions table, so
 * instance-readable.query.ts asks it only when the rules above refuse.
 */
export function readsOwnedDefinitions(user: Reader): boolean {
  return hasAnyRole(user, ['owner']);
}

/**
 * The same rule as SQL over `instances i` (cc recipients and owned definitions included), for lists; `add` binds a parameter and returns its
 * placeholder. `undefined` when the user reads everything.
 */
export function readableInstancesSql(user: Reader, add: (value: unknown) => string): string | undefined {
  if (readsAll(user)) return undefined;
  const me = add(user.username);
  const owned = readsOwnedDefinitions(user)
    ? `
    OR EXISTS (SELECT 1 FROM workflow_definitions d WHERE d.key = i.definition_key AND d.owner = ${me})`
    : '';
  // "completed by me" is written as its part not already "assigned to me", which the partial index holds.
  return `(i.started_by = ${me} OR EXISTS (SELECT 1 FROM tasks t WHERE t.instance_id = i.id AND (t.assignee = ${me}
    OR (t.completed_by = ${me} AND t.completed_by IS DISTINCT FROM t.assignee)
    OR (t.status = 'open' AND t.assignee IS NULL AND t.candidate_roles && ${add(user.roles)}::text[])))
    OR EXISTS (SELECT 1 FROM cc_items c WHERE c.instance_id = i.id AND c.recipient = ${me})${owned})`;
}

/**
 * The ids of the instances {@link readableInstancesSql} admits, as one UNION ALL of index scans (an
 * id may repeat), so a list can gather a reader's few instances first instead of filtering every
 * instance in date order. `undefined` when the user reads everything.
 */
export function readableInstanceIdsSql(user: Reader, add: (value: unknown) => string): string | undefined {
  if (readsAll(user)) return undefined;
  const me = add(user.username);
  return `SELECT s.id FROM instances s WHERE s.started_by = ${me}
    UNION ALL SELECT t.instance_id FROM tasks t WHERE t.assignee = ${me}
    UNION ALL SELECT t.instance_id FROM tasks t WHERE t.completed_by = ${me} AND t.completed_by IS DISTINCT FROM t.assignee
    UNION ALL SELECT t.instance_id FROM tasks t
      WHERE t.status = 'open' AND t.assignee IS NULL AND t.candidate_roles && ${add(user.roles)}::text[]
    UNION ALL SELECT c.instance_id FROM cc_items c WHERE c.recipient = ${me}${
      readsOwnedDefinitions(user)
        ? `
    UNION ALL SELECT o.id FROM instances o JOIN workflow_definitions d ON d.key = o.definition_key WHERE d.owner = ${me}`
        : ''
    }`;
}
