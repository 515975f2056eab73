import type { InstanceRow } from '../instances/instance.rows';
import { castLiteral } from '../sql';
import { effectCtes } from './effect-fragments';
import type { EffectWrite } from './effect-write';
import { cte } from './fragments/cte';
import { eventStepStatement } from './fragments/event-step.statement';
import type { FragmentContext } from './fragments/fragment-context';
import { idempotencyAnswerFragment } from './fragments/idempotency-answer.fragment';
import { startHistoryLiterals, startStepStatement } from './fragments/start-step.statement';
import { taskOpenedCall } from './fragments/task-opened.fragment';

/** The history entry of a step; its seq, time, state after and hash are the instance row's. */
export interface HistoryEntryWrite {
  type: string;
  data: unknown;
  actor: string;
  prevHash: string;
}

/** The 2xx answer stored with the `Idempotency-Key` the request claimed. */
export interface IdempotencyAnswerWrite {
  username: string;
  route: string;
  key: string;
  status: number;
  body: unknown;
}

/** Everything one step writes, decided before anything is sent. */
export interface StepCommit {
  /** The instance row after the step (`seq`, `last_hash`, `updated_at` are the new entry's). */
  instance: InstanceRow;
  /** True for a start: the row is inserted, otherwise updated. */
  inserted: boolean;
  history: HistoryEntryWrite;
  effects: readonly EffectWrite[];
  answer?: IdempotencyAnswerWrite;
  /**
   * An event's search values: the definition key when it declares searchable fields (the lock
   * read says so), else absent and the event writes none. A start always writes its own.
   */
  searchKey?: string;
}

/**
 * The statements that commit a step, every one a function whose plans PostgreSQL keeps per
 * connection where the step's shape allows. A start is `liucheng_start_instance` (instance row
 * and history entry 1) and a `liucheng_open_task` per task it opened; an event is
 * `liucheng_step_event` (history entry and instance UPDATE). Then, when the step has other
 * effects or an answer to store, those as data-modifying CTEs on a `SELECT NULL` (they touch no
 * row the statements before them write). Values are inlined as escaped literals so it can travel
 * with COMMIT (the simple protocol takes no parameters); a value PostgreSQL cannot store throws
 * `UnstorableValueError` here, before anything is sent.
 */
export function stepCommitSql(commit: StepCommit): string {
  const row = commit.instance;
  const context: FragmentContext = {
    instanceId: castLiteral(row.id, 'uuid'),
    at: castLiteral(row.updated_at.toISOString(), 'timestamptz'),
    seq: castLiteral(row.seq, 'int'),
  };
  // Built in the same order as the written-out statements were (history, effects, answer, row):
  // the first unstorable value wins.
  const history = commit.inserted ? startHistoryLiterals(commit.history) : undefined;
  const event = commit.inserted ? undefined : eventStepStatement(commit.history, row, context, commit.searchKey);
  const { calls, rest } = commit.inserted
    ? startEffectCalls(commit.effects, context)
    : { calls: [], rest: commit.effects };
  const ctes = effectCtes(rest, context);
  if (commit.answer) ctes.push(cte('idempotency_answer', idempotencyAnswerFragment(commit.answer)));
  const step = history ? startStepStatement(history, row, context) : (event as string);
  const statements = [step, ...calls];
  if (ctes.length) statements.push(`WITH ${ctes.join(',\n')}\nSELECT NULL`);
  return statements.join(';\n');
}

/** A start's opened tasks as `liucheng_open_task` calls; its other effects stay CTEs. */
function startEffectCalls(
  writes: readonly EffectWrite[],
  context: FragmentContext,
): { calls: string[]; rest: EffectWrite[] } {
  const calls: string[] = [];
  const rest: EffectWrite[] = [];
  for (const write of writes) {
    if (write.kind === 'taskOpened') calls.push(taskOpenedCall(write, context));
    else rest.push(write);
  }
  return { calls, rest };
}
