import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Instance, Task } from '@liucheng/contracts';
import {
  GENESIS_HASH,
  acceptedEvents,
  businessKeyTemplateError,
  formatBusinessKey,
  shanghaiDay,
  start,
  step,
  validateData,
  type JsonObject,
  type StepResult,
} from '@liucheng/engine';
import {
  lockInstance,
  nextBusinessKeySeq,
  readStartContext,
  type InstanceRow,
  type NotificationChannel,
} from '@liucheng/persistence';
import type { LockedInstanceRow } from '@liucheng/persistence';
import { APP_OPTIONS, type AppOptions } from '../app/app-options';
import { checkAttachmentRefs } from '../attachments/attachment-binding';
import { isSystem, type AuthenticatedUser } from '../auth/authenticated-user';
import { assertTokenCurrent, checkUserActive } from '../auth/user-status';
import { ApiError } from '../common/api-error';
import { CLOCK, type Clock } from '../common/clock';
import { inTransaction, type Tx } from '../common/transaction';
import { CompiledDefinitionsService } from '../definitions/compiled-definitions.service';
import { GroupCommitService } from '../group-commit/group-commit.service';
import { configuredChannels } from '../notifications/notification-options';
import { claimIdempotencyKey, type IdempotentRequest } from '../idempotency/idempotency';
import { APPROVAL_EVENT_PREFIX, SYSTEM_EVENT_PREFIX, decideEvent } from '../policies/event.policy';
import { mayStart } from '../policies/start.policy';
import { mayComplete } from '../policies/task.policy';
import { toTask } from '../tasks/task.mapper';
import { rejectionToApiError } from './engine-rejection';
import { HiddenFieldsService } from './hidden-fields.service';
import { approverFollowUps } from '../approvals/approver-follow-ups';
import { calendarForSpec } from '../calendars/calendar.queries';
import { recordStep, type EventOutcome, type FollowUpStep } from './record-step';

export type { EventOutcome };

export interface StartCommand {
  definitionKey: string;
  version?: number;
  input?: JsonObject;
  businessKey?: string;
}

export interface EventCommand {
  type: string;
  data?: JsonObject;
}

/** What an approval action's own authorization sees, under the instance's row lock. */
export interface ActionScope {
  startedBy: string;
  openTasks: Task[];
  system: boolean;
  context: JsonObject;
  now: Date;
}

export interface SendOptions<T> {
  idempotency?: IdempotentRequest;
  /** Set by `/tasks/:id/complete`: the event is this task's outcome. */
  taskId?: string;
  /** Set by the timer worker: the timer row that fired. */
  firedTimerId?: string;
  /**
   * Set by the timer drain: this instance's row, already locked and read for this actor in
   * this transaction (`lockInstances`, many at once), so the event path reads nothing itself.
   */
  locked?: LockedInstanceRow;
  /** The 2xx answer (stored with the idempotency key). */
  respond: (outcome: EventOutcome) => T;
  /**
   * Set by the approval action routes (转办, 撤回, …): who may send this engine event, decided
   * under the row lock instead of the event policy; throws ApiError to refuse.
   */
  authorize?: (instance: ActionScope) => void;
}

/**
 * The event path: one event = one transaction. Lock the instance row (`lockInstance`,
 * libs/persistence), authorize, step the pure engine, then `recordStep` (shared with start)
 * leaves the one statement of the step for COMMIT. Rejections throw before anything is written.
 */
@Injectable()
export class EventPathService {
  private readonly channels: readonly NotificationChannel[];

  constructor(
    private readonly dataSource: DataSource,
    private readonly definitions: CompiledDefinitionsService,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_OPTIONS) options: AppOptions,
    private readonly groupCommit: GroupCommitService,
    private readonly hidden: HiddenFieldsService,
  ) {
    this.channels = configuredChannels(options.notifications);
  }

  /**
   * Starts an instance for the start route: history entry 1 is `@start` with the input as data.
   * The route's user check (active, current token version) rides in the start's first statement.
   */
  async start(user: AuthenticatedUser, command: StartCommand, idempotency?: IdempotentRequest): Promise<Instance> {
    return inTransaction(this.dataSource, (q) => this.startWithin(q, user, command, { idempotency, checkUser: true }));
  }

  /**
   * Starts an instance inside the caller's transaction. `onBehalf` (scheduled starts): the
   * instance is `user`'s, but history entry 1 names `onBehalf.actor` (`system`) and the
   * definition's starterRoles are not asked — the schedule chose whom it starts for.
   * `checkUser`: 401 unless `user` is active with a current token version (the start route's
   * policy leaves that check to the route), asked in the same statement as the version.
   */
  async startWithin(
    q: Tx,
    user: AuthenticatedUser,
    command: StartCommand,
    options: { idempotency?: IdempotentRequest; onBehalf?: { actor: string }; checkUser?: boolean } = {},
  ): Promise<Instance> {
    const { idempotency, onBehalf } = options;
    const checkUser = options.checkUser === true && !isSystem(user);
    const now = this.clock();
    if (idempotency) {
      const stored = await claimIdempotencyKey(q, idempotency, now);
      if (stored) {
        if (checkUser) await checkUserActive(q, user);
        return stored.body as Instance;
      }
    }
    const version = await this.startVersion(q, user, command, checkUser);
    const compiled = await this.definitions.get(q, command.definitionKey, version);
    const starterRoles = compiled.spec.meta.starterRoles ?? [];
    if (!onBehalf && !mayStart(starterRoles, user)) {
      throw ApiError.forbidden(`Only ${starterRoles.join(', ')} may start ${command.definitionKey}`);
    }
    const input = command.input ?? {};
    const instanceId = randomUUID();
    const bindAttachments = await checkAttachmentRefs(q, input, user.username, instanceId, '/input');
    const calendar = await calendarForSpec(q, compiled.spec);
    let result: StepResult;
    let followUps: FollowUpStep[];
    try {
      result = start(compiled, input, now, user.username, { calendar });
      followUps = await approverFollowUps(q, compiled, result, user.username, now, { calendar });
    } catch (error) {
      throw rejectionToApiError(error, '/input');
    }
    const businessKey =
      command.businessKey ?? (await this.templateKey(q, compiled.spec.meta.businessKey, command, now));
    const before: InstanceRow = {
      id: instanceId,
      definition_key: command.definitionKey,
      definition_version: version,
      status: result.status,
      state: result.state,
      snapshot: result.snapshot,
      business_key: businessKey,
      started_by: user.username,
      seq: 0,
      last_hash: GENESIS_HASH,
      created_at: now,
      updated_at: now,
    };
    return recordStep(q, {
      before,
      inserted: true,
      openBefore: [],
      event: { type: '@start', data: input },
      dataField: '/input',
      actor: onBehalf?.actor ?? user.username,
      now,
      result,
      firedTimerId: null,
      channels: this.channels,
      idempotency,
      status: 201,
      bindAttachments,
      followUps,
      summaryFields: compiled.spec.meta.summary,
      respond: ({ instance }) => instance,
    });
  }

  /**
   * The version a start uses (the one asked for, else the latest published one, else 404), after
   * the user check when asked: one statement (`liucheng_start_context`), none for a scheduled
   * start that names its version.
   */
  private async startVersion(q: Tx, user: AuthenticatedUser, command: StartCommand, checkUser: boolean) {
    const asked = command.version ?? null;
    if (asked !== null && !checkUser) return asked;
    const context = await readStartContext(q, command.definitionKey, asked, checkUser ? user.username : null);
    if (checkUser) assertTokenCurrent(user, context.actor_token_version);
    if (context.version === null)
      throw ApiError.notFound(`Definition ${command.definitionKey} has no published version`);
    return context.version;
  }

  /** The definition's `meta.businessKey` filled with today's (Asia/Shanghai) next number; null without one. */
  private async templateKey(q: Tx, template: string | undefined, command: StartCommand, now: Date) {
    if (!template || businessKeyTemplateError(template)) return null;
    const day = shanghaiDay(now);
    return formatBusinessKey(template, day, await nextBusinessKeySeq(q, command.definitionKey, day));
  }

  /** Sends one event in its own transaction, or with group commit on in its lane's batch (group-commit.service.ts). */
  async send<T>(instanceId: string, event: EventCommand, user: AuthenticatedUser, options: SendOptions<T>): Promise<T> {
    const work = (q: Tx) => this.sendWithin(q, instanceId, event, user, options);
    return this.groupCommit.enabled ? this.groupCommit.submit(instanceId, work) : inTransaction(this.dataSource, work);
  }

  /**
   * Sends one event inside the caller's transaction (the timer worker claims its timer there).
   * The write waits for COMMIT; any later query of the caller (another sendWithin, a SAVEPOINT
   * or its RELEASE) sends it first, so several events may be sent in one transaction.
   */
  async sendWithin<T>(
    q: Tx,
    instanceId: string,
    event: EventCommand,
    user: AuthenticatedUser,
    options: SendOptions<T>,
  ): Promise<T> {
    const now = this.clock();
    const system = isSystem(user);
    if (options.idempotency) {
      const stored = await claimIdempotencyKey(q, options.idempotency, now);
      if (stored) {
        if (!system) await checkUserActive(q, user);
        return stored.body as T;
      }
    }
    // The user check (active, current token version) rides in the locking statement itself:
    // the benchmarked event route pays no extra round trip for it.
    const row = options.locked ?? (await lockInstance(q, instanceId, system ? null : user.username));
    if (!row) {
      if (!system) await checkUserActive(q, user);
      throw ApiError.notFound(`Instance ${instanceId} does not exist`);
    }
    if (!system) assertTokenCurrent(user, row.actor_token_version);
    if (row.status !== 'running') {
      throw ApiError.conflict(`Instance ${instanceId} is ${row.status}; it accepts no events`, {
        acceptedEvents: [],
        reason: 'not-running',
      });
    }
    const openBefore = row.open_tasks.map(toTask);
    const data = event.data ?? {};
    const compiled = await this.definitions.get(q, row.definition_key, row.definition_version);
    if (options.authorize)
      options.authorize({
        startedBy: row.started_by,
        openTasks: openBefore,
        system,
        context: row.snapshot.context ?? {},
        now,
      });
    else
      this.authorize(
        event,
        data,
        user,
        row.started_by,
        openBefore,
        options.taskId,
        () => acceptedEvents(compiled, row.snapshot),
        now,
      );
    // Attachment references are checked before the step (no references: no query).
    const bindAttachments = await checkAttachmentRefs(q, data, user.username, instanceId, '/data');
    // Working-time delays count in the stored calendar (no query for definitions without them).
    const calendar = await calendarForSpec(q, compiled.spec);

    let result: StepResult;
    let followUps: FollowUpStep[];
    try {
      result = step(compiled, row.snapshot, { type: event.type, data, actor: user.username }, now, { calendar });
      followUps = await approverFollowUps(q, compiled, result, row.started_by, now, { calendar });
    } catch (error) {
      throw rejectionToApiError(error, '/data');
    }
    // The answer leaves out what 表单权限 hides from the caller (no query unless the definition hides a field).
    const hiddenFrom = await this.hidden.forStep(q, user, { id: row.id, startedBy: row.started_by }, compiled);
    const { open_tasks: _open, actor_token_version: _version, search_declared: searchDeclared, ...before } = row;
    return recordStep(q, {
      before,
      inserted: false,
      openBefore,
      event: { type: event.type, data },
      dataField: '/data',
      actor: user.username,
      now,
      result,
      firedTimerId: options.firedTimerId ?? null,
      channels: this.channels,
      idempotency: options.idempotency,
      status: 200,
      taskId: options.taskId,
      bindAttachments,
      followUps,
      summaryFields: compiled.spec.meta.summary,
      hiddenFrom,
      searchDeclared,
      respond: options.respond,
    });
  }

  /**
   * The event policy (policies/event.policy.ts) over the locked row's starter and open tasks;
   * through `/tasks/:id/complete` the outcome and the form data are checked against that task.
   */
  private authorize(
    event: EventCommand,
    data: JsonObject,
    user: AuthenticatedUser,
    startedBy: string,
    open: Task[],
    taskId: string | undefined,
    accepted: () => string[],
    now: Date,
  ): void {
    if (taskId && !isSystem(user)) {
      const task = open.find((t) => t.id === taskId);
      if (!task) throw ApiError.conflict(`Task ${taskId} is not open`);
      if (!mayComplete(task, user, now))
        throw ApiError.forbidden(`${user.username} is neither the assignee nor a candidate of task ${taskId}`);
      if (!task.outcomes.includes(event.type)) {
        throw ApiError.unprocessable(`outcome must be one of ${task.outcomes.join(', ')}`, {
          errors: [{ path: '/outcome', message: `must be one of ${task.outcomes.join(', ')}` }],
        });
      }
      const problems = validateData(task.formSchema, data).map((e) => ({ path: `/data${e.path}`, message: e.message }));
      if (problems.length > 0) {
        throw ApiError.unprocessable(
          `Task form data is invalid: ${problems.map((e) => `${e.path} ${e.message}`).join('; ')}`,
          { reason: 'invalid-data', errors: problems },
        );
      }
    }
    const decision = decideEvent(user, event.type, { startedBy, openTasks: open }, now);
    if (decision.allowed) return;
    // An event the state does not handle is the same 409 for everyone; computed only
    // on this refusal path, so allowed events pay nothing for it.
    // Timer events are never "accepted" for users: they stay 403.
    if (!event.type.startsWith(SYSTEM_EVENT_PREFIX) && !event.type.startsWith(APPROVAL_EVENT_PREFIX)) {
      const handled = accepted();
      if (!handled.includes(event.type))
        throw ApiError.conflict(`Event ${event.type} is not accepted in the current state`, {
          acceptedEvents: handled,
          reason: 'not-accepted',
        });
    }
    throw ApiError.forbidden(decision.message);
  }
}
