import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CompleteTaskResponse, Instance, Task } from '@liucheng/contracts';
import { APPROVAL_EVENTS, readApprovals, type JsonObject } from '@liucheng/engine';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ApiError } from '../common/api-error';
import { rows } from '../common/transaction';
import { EventPathService, type ActionScope } from '../instances/event-path.service';
import { READ_ONLY_ROLES, hasAnyRole } from '../policies/roles';
import { mayComplete } from '../policies/task.policy';
import { TasksService } from '../tasks/tasks.service';

/** Who may act on an approval task besides its holder: leaders and admins may transfer anyone's. */
const TRANSFER_ANY_ROLES = ['leader', 'admin'];

type TaskAction = 'transfer' | 'delegate' | 'resolve' | 'add' | 'sendBack' | 'cc';

const EVENT_OF: Record<TaskAction, string> = {
  transfer: APPROVAL_EVENTS.transfer,
  delegate: APPROVAL_EVENTS.delegate,
  resolve: APPROVAL_EVENTS.delegateDone,
  add: APPROVAL_EVENTS.addApprovers,
  sendBack: APPROVAL_EVENTS.sendBack,
  cc: APPROVAL_EVENTS.cc,
};

const refuse = (reason: string, message: string) => new ApiError(409, message, { reason });

/**
 * The approval actions (转办, 委派, 加签, 减签, 驳回, 抄送, 撤回, 催办): each is one engine event
 * through the event path — one transaction, one history entry with actor and reason — authorized
 * here under the instance's row lock; the engine checks the approval's own rules.
 */
@Injectable()
export class ApprovalActionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventPathService,
    private readonly tasks: TasksService,
  ) {}

  transfer(taskId: string, to: string, reason: string | undefined, user: AuthenticatedUser) {
    return this.onTask(taskId, 'transfer', user, { to, ...(reason ? { reason } : {}) }, [{ path: '/to', users: [to] }]);
  }

  delegate(taskId: string, to: string, reason: string | undefined, user: AuthenticatedUser) {
    return this.onTask(taskId, 'delegate', user, { to, ...(reason ? { reason } : {}) }, [{ path: '/to', users: [to] }]);
  }

  resolveDelegation(taskId: string, comment: string | undefined, user: AuthenticatedUser) {
    return this.onTask(taskId, 'resolve', user, comment ? { comment } : {});
  }

  addApprovers(taskId: string, users: string[], position: string, reason: string | undefined, user: AuthenticatedUser) {
    return this.onTask(taskId, 'add', user, { users, position, ...(reason ? { reason } : {}) }, [
      { path: '/users', users },
    ]);
  }

  sendBack(taskId: string, to: string, reason: string | undefined, user: AuthenticatedUser) {
    return this.onTask(taskId, 'sendBack', user, { to, ...(reason ? { reason } : {}) });
  }

  cc(taskId: string, users: string[], comment: string | undefined, user: AuthenticatedUser) {
    return this.onTask(taskId, 'cc', user, { users, ...(comment ? { comment } : {}) }, [
      { path: '/users', users, readersToo: true },
    ]);
  }

  /** 撤回 and 催办: the starter's (the engine checks the definition's rules). */
  starterAction(
    instanceId: string,
    type: typeof APPROVAL_EVENTS.withdraw | typeof APPROVAL_EVENTS.urge,
    data: JsonObject,
    user: AuthenticatedUser,
  ): Promise<Instance> {
    return this.events.send(instanceId, { type, data }, user, {
      authorize: (scope) => {
        if (scope.startedBy !== user.username)
          throw ApiError.forbidden(
            `Only the starter (${scope.startedBy}) may ${type === APPROVAL_EVENTS.urge ? 'urge' : 'withdraw'}`,
          );
      },
      respond: ({ instance }) => instance,
    });
  }

  /** 减签: whoever added the approver, or an admin. */
  removeApprover(
    instanceId: string,
    statePath: string,
    slot: string,
    reason: string | undefined,
    user: AuthenticatedUser,
  ): Promise<Instance> {
    const data = { statePath, slot, ...(reason ? { reason } : {}) };
    return this.events.send(instanceId, { type: APPROVAL_EVENTS.removeApprover, data }, user, {
      authorize: (scope) => {
        const record = readApprovals(scope.context).states[statePath];
        const found = record?.slots.find((s) => s.id === slot);
        if (!found) throw ApiError.notFound(`No approver slot ${slot} in ${statePath}`);
        if (found.addedBy !== user.username && !hasAnyRole(user, ['admin']))
          throw ApiError.forbidden(`Only ${found.addedBy ?? 'whoever added it'} or an admin may remove slot ${slot}`);
      },
      respond: ({ instance }) => instance,
    });
  }

  /** An action by the holder of an open approval task, on its slot. */
  private async onTask(
    taskId: string,
    action: TaskAction,
    user: AuthenticatedUser,
    data: JsonObject,
    targets: { path: string; users: string[]; readersToo?: boolean }[] = [],
  ): Promise<CompleteTaskResponse> {
    const task = await this.tasks.get(taskId);
    for (const target of targets) await this.assertActiveUsers(target.path, target.users, target.readersToo === true);
    const event = { type: EVENT_OF[action], data: { statePath: task.statePath, slot: task.slot ?? '', ...data } };
    // The actions that end the actor's own task answer with it as closed; 加签 after/alongside and
    // 抄送 leave it open.
    const closesTask = action !== 'cc' && !(action === 'add' && data.position !== 'before');
    return this.events.send(task.instanceId, event, user, {
      ...(closesTask ? { taskId } : {}),
      authorize: (scope) => this.authorizeOnTask(scope, taskId, action, user),
      respond: ({ instance, task: closed }) => ({ task: (closed ?? task) as Task, instance }),
    });
  }

  private authorizeOnTask(scope: ActionScope, taskId: string, action: TaskAction, user: AuthenticatedUser): void {
    const task = scope.openTasks.find((t) => t.id === taskId);
    if (!task) throw refuse('task-not-open', `Task ${taskId} is not open`);
    if (!task.slot) throw refuse('not-an-approval', `Task ${taskId} is not an approval task`);
    if (action === 'resolve' && !task.delegatedBy) throw refuse('not-delegated', `Task ${taskId} is not delegated`);
    if (action !== 'resolve' && task.delegatedBy)
      throw refuse('task-delegated', `Task ${taskId} is delegated; hand it back first (resolve)`);
    const holds = mayComplete(task, user, scope.now);
    if (holds || (action === 'transfer' && hasAnyRole(user, TRANSFER_ANY_ROLES))) return;
    throw ApiError.forbidden(`${user.username} does not hold task ${taskId}`);
  }

  /** 422 naming the field when a user is unknown, deactivated, or (to act) read-only. */
  private async assertActiveUsers(path: string, usernames: string[], readersToo: boolean): Promise<void> {
    const found = await rows<{ username: string; read_only: boolean }>(
      this.dataSource,
      `SELECT u.username, EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = ANY($2)) AS read_only
         FROM users u WHERE u.username = ANY($1) AND u.active`,
      [usernames, READ_ONLY_ROLES],
    );
    const byName = new Map(found.map((r) => [r.username, r]));
    const errors = usernames.flatMap((name, i) => {
      const where = usernames.length === 1 && path === '/to' ? path : `${path}/${i}`;
      const row = byName.get(name);
      if (!row) return [{ path: where, code: 'unknown-user', message: `unknown or deactivated user "${name}"` }];
      if (row.read_only && !readersToo)
        return [{ path: where, code: 'read-only-user', message: `"${name}" may only read and cannot act on tasks` }];
      return [];
    });
    if (errors.length) throw ApiError.unprocessable(errors.map((e) => `${e.path} ${e.message}`).join('; '), { errors });
  }
}
