import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ApiError } from '../common/api-error';
import { rows } from '../common/transaction';
import { mayReadInstance, readsAll } from '../policies/instance-access.policy';
import { toTask, type TaskRow } from '../tasks/task.mapper';

/** Applies the instance read policy to one instance (404 when it does not exist, 403 when not readable). */
@Injectable()
export class InstanceAccessService {
  constructor(private readonly dataSource: DataSource) {}

  async assertReadable(user: AuthenticatedUser, instanceId: string): Promise<void> {
    const [row] = await rows<{ started_by: string; tasks: TaskRow[] | null }>(
      this.dataSource,
      `SELECT i.started_by, ${readsAll(user) ? 'NULL' : `(SELECT json_agg(t) FROM tasks t WHERE t.instance_id = i.id)`} AS tasks
         FROM instances i WHERE i.id = $1`,
      [instanceId],
    );
    if (!row) throw ApiError.notFound(`Instance ${instanceId} does not exist`);
    if (!mayReadInstance(user, { startedBy: row.started_by, tasks: (row.tasks ?? []).map(toTask) }))
      throw ApiError.forbidden(`${user.username} may not read instance ${instanceId}`);
  }
}
