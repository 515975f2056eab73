import type { DataSource } from 'typeorm';
import type { Task } from '@liucheng/contracts';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { rows, type Tx } from '../common/transaction';
import { readsOwnedDefinitions, readsThroughTask } from '../policies/instance-access.policy';

/** How one user reads one instance, for 表单权限 `hidden` (libs/engine hiddenFields). */
export interface InstanceReader {
  /** Reads it for a reason other than a task: starter, owner of the definition, cc recipient. */
  full: boolean;
  /** The state paths of the tasks they read it through (the same set mayReadInstance uses). */
  taskPaths: string[];
}

interface ReaderRow {
  id: string;
  started_by: string;
  copied: boolean;
  owned: boolean;
  tasks: Pick<Task, 'statePath' | 'assignee' | 'candidateRoles' | 'status' | 'completedBy'>[];
}

/**
 * For each instance id, how `user` reads it: one statement for all of them. Readers of all are
 * not asked (the caller knows they see everything).
 */
export async function instanceReaders(
  q: Tx | DataSource,
  user: AuthenticatedUser,
  ids: readonly string[],
): Promise<Map<string, InstanceReader>> {
  if (ids.length === 0) return new Map();
  const found = await rows<ReaderRow>(
    q,
    `SELECT i.id, i.started_by,
            EXISTS (SELECT 1 FROM cc_items c WHERE c.instance_id = i.id AND c.recipient = $2) AS copied,
            ($3::boolean AND EXISTS (SELECT 1 FROM workflow_definitions d WHERE d.key = i.definition_key AND d.owner = $2)) AS owned,
            COALESCE((SELECT json_agg(json_build_object('statePath', t.state_path, 'assignee', t.assignee,
                        'candidateRoles', t.candidate_roles, 'status', t.status, 'completedBy', t.completed_by))
                        FROM tasks t WHERE t.instance_id = i.id), '[]'::json) AS tasks
       FROM instances i WHERE i.id = ANY($1::uuid[])`,
    [ids, user.username, readsOwnedDefinitions(user)],
  );
  return new Map(
    found.map((row) => [
      row.id,
      {
        full: row.started_by === user.username || row.copied || row.owned,
        taskPaths: [...new Set(row.tasks.filter((t) => readsThroughTask(user, t)).map((t) => t.statePath))],
      },
    ]),
  );
}
