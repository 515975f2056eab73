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
import { rows, type Tx } from '../common/transaction';
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

/**
 * Records an accepted step, start or event alike: chains the history entry's hash, plans the
 * effects, builds the answer, then leaves the one statement that writes it all for COMMIT.
 */
export async function recordStep<T>(q: Tx, s: RecordedStep<T>): Promise<T> {
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
  const starterManager = needsStarterManager(s.result.effects) ? await managerOf(q, s.before.started_by) : null;
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
    channels: s.channels,
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
        effects: s.bindAttachments?.length
          ? [
              ...plan.writes,
              ...s.bindAttachments.map((attachmentId) => ({ kind: 'attachmentBound' as const, attachmentId })),
            ]
          : plan.writes,
        answer: s.idempotency && {
          username: s.idempotency.username,
          route: s.idempotency.route,
          key: s.idempotency.key,
          status: s.status,
          body: answer,
        },
      },
      s.dataField,
    ),
  );
  return answer;
}

async function managerOf(q: Tx, username: string): Promise<string | null> {
  const [row] = await rows<{ username: string }>(
    q,
    `SELECT m.username FROM users u JOIN users m ON m.id = u.manager_id WHERE u.username = $1`,
    [username],
  );
  return row?.username ?? null;
}
