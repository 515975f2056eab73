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
import { isSystem, type AuthenticatedUser } from '../auth/authenticated-user';
import { assertTokenCurrent, checkUserActive, tokenVersionSql } from '../auth/user-status';
import { ApiError } from '../common/api-error';
import { CLOCK, type Clock } from '../common/clock';
import { inTransaction, rows, type Tx } from '../common/transaction';
import { CompiledDefinitionsService } from '../definitions/compiled-definitions.service';
import { claimIdempotencyKey, storeAnswerFragment, type IdempotentRequest } from '../idempotency/idempotency';
import { SYSTEM_EVENT_PREFIX, decideEvent } from '../policies/event.policy';
import { mayStart } from '../policies/start.policy';
import { mayComplete } from '../policies/task.policy';
import { toTask, type TaskRow } from '../tasks/task.mapper';
import { effectFragments } from './effect-sql';
import { needsStarterManager, planEffects, type EffectPlan } from './effect-plan';
import { rejectionToApiError } from './engine-rejection';
import { INSTANCE_COLUMNS, toInstance, type InstanceRow } from './instance.mapper';
import { SqlParams, sqlLiteral } from './sql-params';

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
 * append the hash-chained history entry, update the instance and write every effect in one
 * statement, then commit. Rejections throw before anything is written.
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
      const id = randomUUID();
      const at = now.toISOString();
      const hash = hashEntry({
        instanceId: id,
        seq: 1,
        type: '@start',
        data: input,
        actor: user.username,
        at,
        stateAfter: result.state,
        prevHash: GENESIS_HASH,
      });
      const starterManager = needsStarterManager(result.effects) ? await this.managerOf(q, user.username) : null;
      const plan = planEffects({
        instanceId: id,
        definitionKey: command.definitionKey,
        openBefore: [],
        effects: result.effects,
        eventType: '@start',
        actor: user.username,
        at,
        startedBy: user.username,
        context: result.context,
        starterManager,
        newId: randomUUID,
      });
      const row: InstanceRow = {
        id,
        definition_key: command.definitionKey,
        definition_version: version,
        status: result.status,
        state: result.state,
        snapshot: result.snapshot,
        business_key: command.businessKey ?? null,
        started_by: user.username,
        seq: 1,
        last_hash: hash,
        created_at: now,
        updated_at: now,
      };
      const instance = toInstance(row, result.acceptedEvents, plan.openAfter);
      const p = new SqlParams();
      const parts = [
        historyFragment(p, id, 1, '@start', input, user.username, at, result, GENESIS_HASH, hash),
        ...effectFragments(p, id, 1, plan, null, at),
      ];
      if (idempotency) parts.push(storeAnswerFragment(p, idempotency, 201, instance));
      q.writeAtCommit(
        `WITH ${parts.join(',\n')}
         INSERT INTO instances (id, definition_key, definition_version, status, state, snapshot, business_key, started_by, seq, last_hash, created_at, updated_at)
         VALUES (${p.add(id, 'uuid')}, ${p.add(row.definition_key)}, ${p.add(version, 'int')}, ${p.add(row.status)}, ${p.json(row.state)},
           ${p.json(row.snapshot)}, ${p.add(row.business_key)}, ${p.add(row.started_by)}, 1, ${p.add(hash)}, ${p.add(at, 'timestamptz')}, ${p.add(at, 'timestamptz')})`,
      );
      return instance;
    });
  }

  /** Sends one event in its own transaction. */
  async send<T>(instanceId: string, event: EventCommand, user: AuthenticatedUser, options: SendOptions<T>): Promise<T> {
    return inTransaction(this.dataSource, (q) => this.sendWithin(q, instanceId, event, user, options));
  }

  /** Sends one event inside the caller's transaction (the timer worker claims its timer there). */
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
    const [row] = await rows<InstanceRow & { open_tasks: TaskRow[]; actor_token_version: number | null }>(
      q,
      `SELECT ${INSTANCE_COLUMNS},
         (SELECT COALESCE(json_agg(t ORDER BY t.created_at, t.id), '[]'::json) FROM tasks t WHERE t.instance_id = i.id AND t.status = 'open') AS open_tasks,
         ${system ? 'NULL' : tokenVersionSql(sqlLiteral(user.username))} AS actor_token_version
       FROM instances i WHERE i.id = ${sqlLiteral(instanceId)}::uuid FOR UPDATE`,
    );
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
    const seq = row.seq + 1;
    const at = now.toISOString();
    const hash = hashEntry({
      instanceId,
      seq,
      type: event.type,
      data,
      actor: user.username,
      at,
      stateAfter: result.state,
      prevHash: row.last_hash,
    });
    const starterManager = needsStarterManager(result.effects) ? await this.managerOf(q, row.started_by) : null;
    const plan: EffectPlan = planEffects({
      instanceId,
      definitionKey: row.definition_key,
      openBefore,
      effects: result.effects,
      eventType: event.type,
      actor: user.username,
      at,
      startedBy: row.started_by,
      context: result.context,
      starterManager,
      newId: randomUUID,
    });
    const updated: InstanceRow = {
      ...row,
      status: result.status,
      state: result.state,
      snapshot: result.snapshot,
      seq,
      last_hash: hash,
      updated_at: now,
    };
    const instance = toInstance(updated, result.acceptedEvents, plan.openAfter);
    const task = options.taskId ? plan.closed.find((t) => t.id === options.taskId) : undefined;
    if (options.taskId && !task) throw ApiError.conflict(`Event ${event.type} did not complete task ${options.taskId}`);
    const answer = options.respond({ instance, task });

    const p = new SqlParams();
    const parts = [
      historyFragment(p, instanceId, seq, event.type, data, user.username, at, result, row.last_hash, hash),
      ...effectFragments(p, instanceId, seq, plan, options.firedTimerId ?? null, at),
    ];
    if (options.idempotency) parts.push(storeAnswerFragment(p, options.idempotency, 200, answer));
    q.writeAtCommit(
      `WITH ${parts.join(',\n')}
       UPDATE instances SET status = ${p.add(result.status)}, state = ${p.json(result.state)}, snapshot = ${p.json(result.snapshot)},
         seq = ${p.add(seq, 'int')}, last_hash = ${p.add(hash)}, updated_at = ${p.add(at, 'timestamptz')}
       WHERE id = ${p.add(instanceId, 'uuid')}`,
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

/** CTE fragment appending the history entry. */
function historyFragment(
  p: SqlParams,
  instanceId: string,
  seq: number,
  type: string,
  data: JsonObject,
  actor: string,
  at: string,
  result: StepResult,
  prevHash: string,
  hash: string,
): string {
  return `ev AS (INSERT INTO instance_events (instance_id, seq, type, data, actor, at, state_after, prev_hash, hash)
    VALUES (${p.add(instanceId, 'uuid')}, ${p.add(seq, 'int')}, ${p.add(type)}, ${p.json(data)}, ${p.add(actor)}, ${p.add(at, 'timestamptz')},
      ${p.json(result.state)}, ${p.add(prevHash)}, ${p.add(hash)}))`;
}
