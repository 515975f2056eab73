import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CompleteTaskResponse, Task, TaskCounts, TaskList, TaskScope, TaskSort } from '@liucheng/contracts';
import type { JsonObject } from '@liucheng/engine';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ApiError } from '../common/api-error';
import { CLOCK, type Clock } from '../common/clock';
import { inboxFilterSql } from '../common/inbox-filter';
import type { InboxFilterQuery } from '../common/inbox-filter.query';
import { rowSummaries } from '../definitions/row-summaries';
import { inTransaction, rows, type Tx } from '../common/transaction';
import { CompiledDefinitionsService } from '../definitions/compiled-definitions.service';
import type { IdempotentRequest } from '../idempotency/idempotency';
import { resolveAssignee } from '../instances/effect-plan';
import { EventPathService } from '../instances/event-path.service';
import { HiddenFieldsService } from '../instances/hidden-fields.service';
import { InstanceAccessService } from '../instances/instance-access.service';
import { readsAll } from '../policies/instance-access.policy';
import { managerOfUser } from '../org/manager-of.query';
import { hasAnyRole } from '../policies/roles';
import { isEligibleAssignee, mayUnclaim } from '../policies/task.policy';
import { assigneeExpressionAt } from './task-assignee';
import { TASK_LIST_COLUMNS, toTaskListItem, type TaskListRow } from './task-list.mapper';
import { toTask, type TaskRow } from './task.mapper';
import { MAX_TASK_PAGE } from './dto/list-tasks.query';
import { TASK_ORDERS, decodeTaskCursor, encodeTaskCursor } from './task-page-order';

export interface TaskFilter extends InboxFilterQuery {
  scope?: TaskScope;
  status?: string;
  sort?: TaskSort;
  limit?: number;
  cursor?: string;
}

/** The locked instance row an assignment decision may need. */
interface LockedInstance {
  started_by: string;
  snapshot: { context?: JsonObject };
  definition_key: string;
  definition_version: number;
}

@Injectable()
export class TasksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventPathService,
    private readonly definitions: CompiledDefinitionsService,
    private readonly access: InstanceAccessService,
    private readonly hidden: HiddenFieldsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * mine = assigned to or completed by me; candidate = open, unassigned, sharing a role with me;
   * todo = open and mine or claimable; all = leaders, auditors, admins. Each item carries its
   * instance summary for the inbox. Keyset pages of `limit` in the requested order.
   */
  async list(user: AuthenticatedUser, filter: TaskFilter): Promise<TaskList> {
    const scope = filter.scope ?? 'mine';
    const sort = filter.sort ?? 'created';
    const order = TASK_ORDERS[sort];
    const limit = filter.limit ?? MAX_TASK_PAGE;
    if (scope === 'all' && !readsAll(user))
      throw ApiError.forbidden('Only leaders, auditors and admins may list all tasks');
    const params: unknown[] = [];
    const add = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const where: string[] = [];
    if (filter.status) where.push(`t.status = ${add(filter.status)}`);
    if (scope === 'todo') where.push(`t.status = 'open'`);
    where.push(...inboxFilterSql(filter, add));
    if (filter.cursor) where.push(order.after(decodeTaskCursor(filter.cursor, sort), add));
    const page = add(limit + 1);
    const select = (conditions: string[]) =>
      `SELECT ${TASK_LIST_COLUMNS} FROM tasks t JOIN instances i ON i.id = t.instance_id
         LEFT JOIN workflow_definitions d ON d.key = t.definition_key
       ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''} ORDER BY ${order.inner} LIMIT ${page}`;
    const claimable = () =>
      `t.assignee IS NULL AND t.status = 'open' AND t.candidate_roles && ${add(user.roles)}::text[]`;
    // Unions of disjoint sets, each read in order from its own index (an OR would fetch and sort
    // every task of a busy user): mine = assigned to me, or completed by me and assigned to someone
    // else (`IS DISTINCT FROM` matches the partial index); todo = assigned to me, or claimable.
    const union = (halves: string[][]) =>
      `SELECT * FROM (${halves.map((half) => `(${select([...half, ...where])})`).join(' UNION ALL ')}) page
       ORDER BY ${order.outer} LIMIT ${page}`;
    const me = () => add(user.username);
    // An open task has no completer yet: its list is the first half alone (the second would walk
    // every open task in the order's index to find none).
    const sql =
      scope === 'mine' && filter.status === 'open'
        ? select([`t.assignee = ${me()}`, ...where])
        : scope === 'mine'
          ? union([
              [`t.assignee = ${me()}`],
              [`t.completed_by = ${me()}`, 't.completed_by IS DISTINCT FROM t.assignee'],
            ])
          : scope === 'todo'
            ? union([[`t.assignee = ${me()}`], [claimable()]])
            : select(scope === 'candidate' ? [claimable(), ...where] : where);
    const found = await rows<TaskListRow>(this.dataSource, sql, params);
    const items = found.slice(0, limit);
    const last = items[items.length - 1];
    const hidden = await this.hidden.forInstances(
      user,
      items.map((r) => ({ id: r.instance_id, definitionKey: r.definition_key, version: r.i_version })),
    );
    const summaries = await rowSummaries(
      this.definitions,
      this.dataSource,
      items.map((r) => ({
        key: r.definition_key,
        version: r.i_version,
        context: r.i_context,
        hidden: hidden.get(r.instance_id),
      })),
    );
    const now = this.clock();
    return {
      items: items.map((row, i) => toTaskListItem(row, summaries[i], now)),
      nextCursor: found.length > limit && last ? encodeTaskCursor(sort, last) : null,
    };
  }

  /**
   * The badge's numbers: open tasks assigned to me, open unassigned ones I may claim, and how many
   * of them are overdue, counted in SQL (the lists come in pages and carry every summary).
   */
  async counts(user: AuthenticatedUser, filter: InboxFilterQuery = {}): Promise<TaskCounts> {
    const params: unknown[] = [user.username, user.roles, this.clock().toISOString()];
    const add = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    // The inbox search narrows the counts as it narrows the lists; without one no join is needed.
    const search = inboxFilterSql(filter, add);
    const from = search.length
      ? `tasks t JOIN instances i ON i.id = t.instance_id WHERE ${search.join(' AND ')} AND`
      : 'tasks t WHERE';
    const [row] = await rows<{ mine: string; claimable: string; mine_overdue: string; claimable_overdue: string }>(
      this.dataSource,
      `WITH mine AS (SELECT t.due_at FROM ${from} t.status = 'open' AND t.assignee = $1),
            claimable AS (SELECT t.due_at FROM ${from} t.status = 'open' AND t.assignee IS NULL
                             AND t.candidate_roles && $2::text[])
       SELECT (SELECT count(*) FROM mine) AS mine, (SELECT count(*) FROM claimable) AS claimable,
              (SELECT count(*) FROM mine WHERE due_at < $3) AS mine_overdue,
              (SELECT count(*) FROM claimable WHERE due_at < $3) AS claimable_overdue`,
      params,
    );
    return {
      mine: Number(row.mine),
      claimable: Number(row.claimable),
      overdue: Number(row.mine_overdue) + Number(row.claimable_overdue),
    };
  }

  /** One task, for whoever may read its instance. */
  async read(id: string, user: AuthenticatedUser): Promise<Task> {
    const task = await this.get(id);
    await this.access.assertReadable(user, task.instanceId);
    return task;
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

  /** A user holding a candidate role takes an unassigned open task. */
  claim(id: string, user: AuthenticatedUser): Promise<Task> {
    return this.update(id, (task) => {
      if (task.assignee === user.username) return user.username;
      if (!hasAnyRole(user, task.candidateRoles))
        throw ApiError.forbidden(`${user.username} is not a candidate of task ${id}`);
      if (task.assignee) throw ApiError.conflict(`Task ${id} is already claimed by ${task.assignee}`);
      return user.username;
    });
  }

  /** The assignee (or a leader or admin) gives the task back to its candidates. */
  unclaim(id: string, user: AuthenticatedUser): Promise<Task> {
    return this.update(id, (task) => {
      if (!mayUnclaim(task, user))
        throw ApiError.forbidden(`Only the assignee, a leader or an admin may unclaim task ${id}`);
      if (task.candidateRoles.length === 0)
        throw ApiError.conflict(`Task ${id} has no candidate roles to give it back to; assign it instead`);
      return null;
    });
  }

  /**
   * Leaders and admins (route policy) assign a task to an active user who is eligible: a member
   * of a candidate role or the user its assignee expression resolves to (422 otherwise).
   */
  assign(id: string, username: string): Promise<Task> {
    return this.update(id, async (task, q, instance) => {
      const [target] = await rows<{ username: string; roles: string[] }>(
        q,
        `SELECT u.username, COALESCE(array(SELECT r.role FROM user_roles r WHERE r.user_id = u.id), '{}') AS roles
           FROM users u WHERE u.username = $1 AND u.active`,
        [username],
      );
      if (!target)
        throw ApiError.unprocessable(`User ${username} does not exist or is deactivated`, {
          errors: [{ path: '/username', message: 'unknown or deactivated user' }],
        });
      const compiled = await this.definitions.get(q, instance.definition_key, instance.definition_version);
      const expression = assigneeExpressionAt(compiled.spec, task.statePath);
      const starterManager = expression === 'starter.manager' ? await managerOfUser(q, instance.started_by) : null;
      const resolved = resolveAssignee(expression, {
        startedBy: instance.started_by,
        context: instance.snapshot.context ?? {},
        starterManager,
      });
      if (!isEligibleAssignee(task, resolved, target)) {
        const who = [
          task.candidateRoles.length ? `a member of ${task.candidateRoles.join(', ')}` : '',
          resolved ? resolved : '',
        ].filter(Boolean);
        throw ApiError.unprocessable(`${username} is not eligible for task ${id}: it goes to ${who.join(' or ')}`, {
          errors: [{ path: '/username', message: 'not eligible for this task' }],
        });
      }
      return username;
    });
  }

  /** Changes the assignee of an open task under the instance lock (tasks change with events). */
  private async update(
    id: string,
    decide: (task: Task, q: Tx, instance: LockedInstance) => string | null | Promise<string | null>,
  ): Promise<Task> {
    const { instanceId } = await this.get(id);
    return inTransaction(this.dataSource, async (q) => {
      const [instance] = await rows<LockedInstance>(
        q,
        `SELECT started_by, snapshot, definition_key, definition_version FROM instances WHERE id = $1 FOR UPDATE`,
        [instanceId],
      );
      const [row] = await rows<TaskRow>(q, `SELECT * FROM tasks WHERE id = $1`, [id]);
      const task = toTask(row);
      if (task.status !== 'open') throw ApiError.conflict(`Task ${id} is ${task.status}`);
      const assignee = await decide(task, q, instance);
      await q.query(`UPDATE tasks SET assignee = $2 WHERE id = $1`, [id, assignee]);
      return { ...task, assignee };
    });
  }
}
