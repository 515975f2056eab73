import type { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { rows, type Tx } from '../common/transaction';
import { mayReadInstance, readsAll } from '../policies/instance-access.policy';
import { toTask, type TaskRow } from '../tasks/task.mapper';

/**
 * The instance read rule for one instance; `undefined` when it does not exist. A cc recipient
 * (抄送) reads it too: asked only when the other rules refuse, one lookup on the cc_items key.
 */
export async function instanceReadable(
  q: Tx | DataSource,
  user: AuthenticatedUser,
  instanceId: string,
): Promise<boolean | undefined> {
  const [row] = await rows<{ started_by: string; tasks: TaskRow[] | null }>(
    q,
    `SELECT i.started_by, ${readsAll(user) ? 'NULL' : `(SELECT json_agg(t) FROM tasks t WHERE t.instance_id = i.id)`} AS tasks
       FROM instances i WHERE i.id = $1`,
    [instanceId],
  );
  if (!row) return undefined;
  if (mayReadInstance(user, { startedBy: row.started_by, tasks: (row.tasks ?? []).map(toTask) })) return true;
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
