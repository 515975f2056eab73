import { randomUUID } from 'node:crypto';
import type { Instance, Task } from '@liucheng/contracts';
import { hashEntry, type JsonObject, type StepResult } from '@liucheng/engine';
import {
  UnstorableValueError,
  stepCommitSql,
  type InstanceRow,
  type NotificationChannel,
  type StepCommit,
} from '@liucheng/persistence';
import { ApiError } from '../common/api-error';
import type { Tx } from '../common/transaction';
import { managerOfUser } from '../org/manager-of.query';
import type { IdempotentRequest } from '../idempotency/idempotency';
import { needsStarterManager, planEffects } from './effect-plan';
import { toInstance } from './instance.mapper';
import { unstorableToApiError } from './unstorable-value';

export interface EventOutcome {
  instance: Instance;
  /** The task completed by `/tasks/:id/complete`. */
  task?: Task;
}

/**
 * A step the engine accepted, start or event alike, with the row it started from (for a start:
 * seq 0 and the genesis hash, `inserted`).
 */
export interface RecordedStep<T> {
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
  /** Delivery channels configured: notifications get their outbox rows in the step's statement. */
  channels: readonly NotificationChannel[];
  idempotency?: IdempotentRequest;
  status: 200 | 201;
  taskId?: string;
  /** Uploaded attachments the event data references for the first time (attachment-binding.ts). */
  bindAttachments?: string[];
  respond: (outcome: EventOutcome) => T;
  /** Entries the engine asked for after this one (`@approvers`), recorded in the same statement. */
  followUps?: FollowUpStep[];
  /** The definition's `meta.summary`, for the answer's `summary`. */
  summaryFields?: unknown;
  /** The fields 表单权限 hides from the caller in the answer, given the open tasks after the step. */
  hiddenFrom?: (openAfter: readonly Task[]) => string[];
  /** An event of a definition that declares searchable fields (the lock read's `search_declared`). */
  searchDeclared?: boolean;
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

/** An entry the engine asked for after the step, in the same transaction (`@approvers`). */
export interface FollowUpStep {
  event: { type: string; data: JsonObject };
  actor: string;
  result: StepResult;
}

/**
 * Records an accepted step, start or event alike, and the entries that follow it in the same
 * transaction: chains each history entry's hash, plans the effects, builds the answer, then
 * leaves the statements that write it all for COMMIT.
 */
export async function recordStep<T>(q: Tx, s: RecordedStep<T>): Promise<T> {
  const at = s.now.toISOString();
  const entries = [{ event: s.event, actor: s.actor, result: s.result }, ...(s.followUps ?? [])];
  let before = s.before;
  let openBefore = s.openBefore;
  const commits: StepCommit[] = [];
  const closed: Task[] = [];
  for (const [i, entry] of entries.entries()) {
    const seq = before.seq + 1;
    const hash = hashEntry({
      instanceId: before.id,
      seq,
      type: entry.event.type,
      data: entry.event.data,
      actor: entry.actor,
      at,
      stateAfter: entry.result.state,
      prevHash: before.last_hash,
    });
    const starterManager = needsStarterManager(entry.result.effects) ? await managerOfUser(q, before.started_by) : null;
    const plan = planEffects({
      instanceId: before.id,
      definitionKey: before.definition_key,
      openBefore,
      effects: entry.result.effects,
      eventType: entry.event.type,
      actor: entry.actor,
      at,
      startedBy: before.started_by,
      context: entry.result.context,
      starterManager,
      firedTimerId: i === 0 ? s.firedTimerId : null,
      channels: s.channels,
      newId: randomUUID,
    });
    const after: InstanceRow = {
      ...before,
      status: entry.result.status,
      state: entry.result.state,
      snapshot: entry.result.snapshot,
      seq,
      last_hash: hash,
      updated_at: s.now,
    };
    const bound = i === 0 ? (s.bindAttachments ?? []) : [];
    // A start's own statement writes its search values; the entries after it check the key themselves.
    const searchKey = s.inserted || s.searchDeclared ? before.definition_key : undefined;
    commits.push({
      instance: after,
      inserted: i === 0 && s.inserted,
      history: { type: entry.event.type, data: entry.event.data, actor: entry.actor, prevHash: before.last_hash },
      effects: bound.length
        ? [...plan.writes, ...bound.map((attachmentId) => ({ kind: 'attachmentBound' as const, attachmentId }))]
        : plan.writes,
      searchKey,
    });
    closed.push(...plan.closed);
    before = after;
    openBefore = plan.openAfter;
  }
  const last = entries[entries.length - 1].result;
  const instance = toInstance(before, last.acceptedEvents, openBefore, s.summaryFields, s.hiddenFrom?.(openBefore));
  const task = s.taskId ? closed.find((t) => t.id === s.taskId) : undefined;
  if (s.taskId && !task) throw ApiError.conflict(`Event ${s.event.type} did not complete task ${s.taskId}`);
  const answer = s.respond({ instance, task });
  commits[commits.length - 1].answer = s.idempotency && {
    username: s.idempotency.username,
    route: s.idempotency.route,
    key: s.idempotency.key,
    status: s.status,
    body: answer,
  };
  q.writeAtCommit(commits.map((commit) => commitSql(commit, s.dataField)).join(';\n'));
  return answer;
}
