import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CompleteTaskResponse, Task, TaskList, TaskScope } from '@liucheng/contracts';
import { canSeeAllTasks, type AuthenticatedUser } from '../auth/authenticated-user';
import { ApiError } from '../common/api-error';
import { inTransaction, rows, type Tx } from '../common/transaction';
import type { IdempotentRequest } from '../idempotency/idempotency';
import { EventPathService } from '../instances/event-path.service';
import { isCandidate } from './task-access';
import { toTask, type TaskRow } from './task.mapper';

export interface TaskFilter {
  scope?: TaskScope;
  status?: string;
  definitionKey?: string;
}

const MAX_TASKS = 500;

@Injectable()
export class TasksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventPathService,
  ) {}

  /** mine = assigned to me; candidate = open, unassigned, sharing a role with me; all = admin/auditor. */
  async list(user: AuthenticatedUser, filter: TaskFilter): Promise<TaskList> {
    const scope = filter.scope ?? 'mine';
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (scope === 'mine') where.push(`assignee = ${add(user.username)}`);
    if (scope === 'candidate')
      where.push(`assignee IS NULL AND status = 'open' AND candidate_roles && ${add(user.roles)}::text[]`);
    if (scope === 'all' && !canSeeAllTasks(user))
      throw ApiError.forbidden('Only admins and auditors may list all tasks');
    if (filter.status) where.push(`status = ${add(filter.status)}`);
    if (filter.definitionKey) where.push(`definition_key = ${add(filter.definitionKey)}`);
    const found = await rows<TaskRow>(
      this.dataSource,
      `SELECT * FROM tasks ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at DESC, id DESC LIMIT ${MAX_TASKS}`,
      params,
    );
    return { items: found.map(toTask) };
  }

  async get(id: string): Promise<Task> {
    const [row] = await rows<TaskRow>(this.dataSource, `SELECT * FROM tasks WHERE id = $1`, [id]);
    if (!row) throw ApiError.notFound(`Task ${id} does not exist`);
    return toTask(row);
  }

  /** Completes the task by sending its outcome through the event path (same transaction rules). */
  async complete(
    id: string,
    outcome: string,
    data: Record<string, unknown> | undefined,
    user: AuthenticatedUser,
    idempotency?: IdempotentRequest,
  ): Promise<CompleteTaskResponse> {
    const task = await this.get(id);
    return this.events.send(task.instanceId, { type: outcome, data }, user, {
      taskId: id,
      idempotency,
      respond: ({ instance, task: done }) => ({ task: done as Task, instance }),
    });
  }

  /** An eligible candidate takes an unassigned open task. */
  claim(id: string, user: AuthenticatedUser): Promise<Task> {
    return this.update(id, (task) => {
      if (task.assignee === user.username) return user.username;
      if (task.assignee) throw ApiError.conflict(`Task ${id} is already claimed by ${task.assignee}`);
      if (!isCandidate(task, user)) throw ApiError.forbidden(`${user.username} is not a candidate of task ${id}`);
      return user.username;
    });
  }

  /** The assignee (or an admin) gives the task back to its candidates. */
  unclaim(id: string, user: AuthenticatedUser): Promise<Task> {
    return this.update(id, (task) => {
      if (task.assignee !== user.username && !user.roles.includes('admin'))
        throw ApiError.forbidden(`Only the assignee may unclaim task ${id}`);
      return null;
    });
  }

  /** Admins and process owners assign a task to a user. */
  assign(id: string, username: string, user: AuthenticatedUser): Promise<Task> {
    return this.update(id, async (_task, q) => {
      if (!user.roles.includes('admin') && !user.roles.includes('owner'))
        throw ApiError.forbidden('Only admins and process owners may assign tasks');
      const [exists] = await rows(q, `SELECT 1 FROM users WHERE username = $1 AND active`, [username]);
      if (!exists)
        throw ApiError.unprocessable(`User ${username} does not exist`, {
          errors: [{ path: '/username', message: 'unknown user' }],
        });
      return username;
    });
  }

  /** Changes the assignee of an open task under the instance lock (tasks change with events). */
  private async update(
    id: string,
    decide: (task: Task, q: Tx) => string | null | Promise<string | null>,
  ): Promise<Task> {
    const { instanceId } = await this.get(id);
    return inTransaction(this.dataSource, async (q) => {
      await q.query(`SELECT 1 FROM instances WHERE id = $1 FOR UPDATE`, [instanceId]);
      const [row] = await rows<TaskRow>(q, `SELECT * FROM tasks WHERE id = $1`, [id]);
      const task = toTask(row);
      if (task.status !== 'open') throw ApiError.conflict(`Task ${id} is ${task.status}`);
      const assignee = await decide(task, q);
      await q.query(`UPDATE tasks SET assignee = $2 WHERE id = $1`, [id, assignee]);
      return { ...task, assignee };
    });
  }
}
