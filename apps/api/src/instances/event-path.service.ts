import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Instance, Task } from '@liucheng/contracts';
import {
  GENESIS_HASH,
  acceptedEvents,
  hashEntry,
  start,
  step,
  validateData,
  type JsonObject,
  type StepResult,
} from '@liucheng/engine';
import {
  UnstorableValueError,
  lockInstance,
  stepCommitSql,
  type InstanceRow,
  type StepCommit,
} from '@liucheng/persistence';
import { isSystem, type AuthenticatedUser } from '../auth/authenticated-user';
import { assertTokenCurrent, checkUserActive } from '../auth/user-status';
import { ApiError } from '../common/api-error';
import { CLOCK, type Clock } from '../common/clock';
import { inTransaction, rows, type Tx } from '../common/transaction';
import { CompiledDefinitionsService } from '../definitions/compiled-definitions.service';
import { claimIdempotencyKey, type IdempotentRequest } from '../idempotency/idempotency';
import { SYSTEM_EVENT_PREFIX, decideEvent } from '../policies/event.policy';
import { mayStart } from '../policies/start.policy';
import { mayComplete } from '../policies/task.policy';
import { toTask } from '../tasks/task.mapper';
import { needsStarterManager, planEffects } from './effect-plan';
import { rejectionToApiError } from './engine-rejection';
import { toInstance } from './instance.mapper';
import { unstorableToApiError } from './unstorable-value';

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

export interface EventOutcome {
  instance: Instance;
  /** The task completed by `/tasks/:id/complete`. */
  task?: Task;
}

export interface SendOptions<T> {
  idempotency?: IdempotentRequest;
  /** Set by `/tasks/:id/complete`: the event is this task's outcome. */
  taskId?: string;
  /** Set by the timer worker: the timer row that fired. */
  firedTimerId?: string;
  /** The 2xx answer (stored with the idempotency key). */
  respond: (outcome: EventOutcome) => T;
}

/**
 * The event path: one event = one transaction. Lock the instance row, step the pure engine,
 * then hand the step (history entry, instance row, effect writes, idempotency answer) to
 * `stepCommitSql` (libs/persistence), whose one statement travels with COMMIT. Rejections
 * throw before anything is written.
 */
@Injectable()
export class EventPathService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly definitions: CompiledDefinitionsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Starts an instance: history entry 1 is `@start` with the input as data. */
  async start(user: AuthenticatedUser, command: StartCommand, idempotency?: IdempotentRequest): Promise<Instance> {
    return inTransaction(this.dataSource, async (q) => {
      const now = this.clock();
      if (idempotency) {
        const stored = await claimIdempotencyKey(q, idempotency, now);
        if (stored) return stored.body as Instance;
      }
      // Start is not the benchmarked path: the guard has checked the user already.
      const version = command.version ?? (await this.definitions.latestVersion(q, command.definitionKey));
      const compiled = await this.definitions.get(q, command.definitionKey, version);
      const starterRoles = compiled.spec.meta.starterRoles ?? [];
      if (!mayStart(starterRoles, user)) {
        throw ApiError.forbidden(`Only ${starterRoles.join(', ')} may start ${command.definitionKey}`);
      }
      const input = command.input ?? {};
      let result: StepResult;
      try {
        result = start(compiled, input, now, user.username);
      } catch (error) {
        throw rejectionToApiError(error, '/input');
      }
      const before: InstanceRow = {
        id: randomUUID(),
        definition_key: command.definitionKey,
        definition_version: version,
        status: result.status,
        state: result.state,
        snapshot: result.snapshot,
        business_key: command.businessKey ?? null,
        started_by: user.username,
        seq: 0,
        last_hash: GENESIS_HASH,
        created_at: now,
        updated_at: now,
      };
      return this.recordStep(q, {
        before,
        inserted: true,
        openBefore: [],
        event: { type: '@start', data: input },
        dataField: '/input',
        actor: user.username,
        now,
        result,
        firedTimerId: null,
        idempotency,
        status: 201,
        respond: ({ instance }) => instance,
      });
    });
  }

  /** Sends one event in its own transaction. */
  async send<T>(instanceId: string, event: EventCommand, user: AuthenticatedUser, options: SendOptions<T>): Promise<T> {
    return inTransaction(this.dataSource, (q) => this.sendWithin(q, instanceId, event, user, options));
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
    const row = await lockInstance(q, instanceId, system ? null : user.username);
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
    this.authorize(event, data, user, row.started_by, openBefore, options.taskId, () =>
      acceptedEvents(compiled, row.snapshot),
    );

    let result: StepResult;
    try {
      result = step(compiled, row.snapshot, { type: event.type, data, actor: user.username }, now);
    } catch (error) {
      throw rejectionToApiError(error, '/data');
    }
    const { open_tasks: _open, actor_token_version: _version, ...before } = row;
    return this.recordStep(q, {
      before,
      inserted: false,
      openBefore,
      event: { type: event.type, data },
      dataField: '/data',
      actor: user.username,
      now,
      result,
      firedTimerId: options.firedTimerId ?? null,
      idempotency: options.idempotency,
      status: 200,
      taskId: options.taskId,
      respond: options.respond,
    });
  }

  /**
   * Records an accepted step, start or event alike: chains the history entry's hash, plans the
   * effects, builds the answer, then leaves the one statement that writes it all for COMMIT.
   */
  private async recordStep<T>(q: Tx, s: RecordedStep<T>): Promise<T> {
    const seq = s.before.seq + 1;
    const at = s.now.toISOString();
    const hash = hashEntry({
      instanceId: s.before.id,
      seq,
      type: s.event.type,
      data: s.event.data,
      actor: s.actor,
      at,
      stateAfter: s.result.state,
      prevHash: s.before.last_hash,
    });
    const starterManager = needsStarterManager(s.result.effects) ? await this.managerOf(q, s.before.started_by) : null;
    const plan = planEffects({
      instanceId: s.before.id,
      definitionKey: s.before.definition_key,
      openBefore: s.openBefore,
      effects: s.result.effects,
      eventType: s.event.type,
      actor: s.actor,
      at,
      startedBy: s.before.started_by,
      context: s.result.context,
      starterManager,
      firedTimerId: s.firedTimerId,
      newId: randomUUID,
    });
    const after: InstanceRow = {
      ...s.before,
      status: s.result.status,
      state: s.result.state,
      snapshot: s.result.snapshot,
      seq,
      last_hash: hash,
      updated_at: s.now,
    };
    const instance = toInstance(after, s.result.acceptedEvents, plan.openAfter);
    const task = s.taskId ? plan.closed.find((t) => t.id === s.taskId) : undefined;
    if (s.taskId && !task) throw ApiError.conflict(`Event ${s.event.type} did not complete task ${s.taskId}`);
    const answer = s.respond({ instance, task });
    q.writeAtCommit(
      commitSql(
        {
          instance: after,
          inserted: s.inserted,
          history: { type: s.event.type, data: s.event.data, actor: s.actor, prevHash: s.before.last_hash },
          effects: plan.writes,
          answer: s.idempotency && { ...s.idempotency, status: s.status, body: answer },
        },
        s.dataField,
      ),
    );
    return answer;
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
  ): void {
    if (taskId && !isSystem(user)) {
      const task = open.find((t) => t.id === taskId);
      if (!task) throw ApiError.conflict(`Task ${taskId} is not open`);
      if (!mayComplete(task, user))
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
    const decision = decideEvent(user, event.type, { startedBy, openTasks: open });
    if (decision.allowed) return;
    // An event the state does not handle is the same 409 for everyone (API.md); computed only
    // on this refusal path, so allowed events pay nothing for it.
    // Timer events are never "accepted" for users: they stay 403.
    if (!event.type.startsWith(SYSTEM_EVENT_PREFIX)) {
      const handled = accepted();
      if (!handled.includes(event.type))
        throw ApiError.conflict(`Event ${event.type} is not accepted in the current state`, {
          acceptedEvents: handled,
          reason: 'not-accepted',
        });
    }
    throw ApiError.forbidden(decision.message);
  }

  private async managerOf(q: Tx, username: string): Promise<string | null> {
    const [row] = await rows<{ username: string }>(
      q,
      `SELECT m.username FROM users u JOIN users m ON m.id = u.manager_id WHERE u.username = $1`,
      [username],
    );
    return row?.username ?? null;
  }
}

/** A step the engine accepted, with the row it started from (seq 0 and the genesis hash for a start). */
interface RecordedStep<T> {
  before: InstanceRow;
  inserted: boolean;
  openBefore: Task[];
  event: { type: string; data: JsonObject };
  /** Where the event data was in the request, for a 400 naming the field. */
  dataField: '/data' | '/input';
  actor: string;
  now: Date;
  result: StepResult;
  firedTimerId: string | null;
  idempotency?: IdempotentRequest;
  status: 200 | 201;
  taskId?: string;
  respond: (outcome: EventOutcome) => T;
}

/** The step's statement; a value PostgreSQL cannot store is a 400 naming the field, before anything is sent. */
function commitSql(commit: StepCommit, dataField: string): string {
  try {
    return stepCommitSql(commit);
  } catch (error) {
    if (!(error instanceof UnstorableValueError)) throw error;
    throw unstorableToApiError(error, dataField);
  }
}
