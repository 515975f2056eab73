import type { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { rows, type Tx } from '../common/transaction';
import { mayReadInstance, readsAll, readsOwnedDefinitions } from '../policies/instance-access.policy';
import { toTask, type TaskRow } from '../tasks/task.mapper';

/**
 * The instance read rule for one instance; `undefined` when it does not exist. A cc recipient
 * (抄送) reads it too, and a process owner an instance of a definition they own: asked only when
 * the other rules refuse, one lookup each.
 */
export async function instanceReadable(
  q: Tx | DataSource,
  user: AuthenticatedUser,
  instanceId: string,
): Promise<boolean | undefined> {
  const [row] = await rows<{ started_by: string; definition_key: string; tasks: TaskRow[] | null }>(
    q,
    `SELECT i.started_by, i.definition_key, ${readsAll(user) ? 'NULL' : `(SELECT json_agg(t) FROM tasks t WHERE t.instance_id = i.id)`} AS tasks
       FROM instances i WHERE i.id = $1`,
    [instanceId],
  );
  if (!row) return undefined;
  if (mayReadInstance(user, { startedBy: row.started_by, tasks: (row.tasks ?? []).map(toTask) })) return true;
  if (readsOwnedDefinitions(user) && (await ownsDefinition(q, row.definition_key, user.username))) return true;
  return isCcRecipient(q, instanceId, user.username);
}

/** True when the instance was copied to the user (any state, read or not). */
export async function isCcRecipient(q: Tx | DataSource, instanceId: string, username: string): Promise<boolean> {
  const [row] = await rows<{ copied: boolean }>(
    q,
    `SELECT EXISTS (SELECT 1 FROM cc_items WHERE instance_id = $1 AND recipient = $2) AS copied`,
    [instanceId, username],
  );
  return row?.copied === true;
}

/** True when the user owns the definition (created it; shipped ones belong to `system`). */
export async function ownsDefinition(q: Tx | DataSource, key: string, username: string): Promise<boolean> {
  const [row] = await rows<{ owns: boolean }>(
    q,
    `SELECT EXISTS (SELECT 1 FROM workflow_definitions WHERE key = $1 AND owner = $2) AS owns`,
    [key, username],
  );
  return row?.owns === true;
}
