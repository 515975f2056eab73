import type { InstanceRow } from '../instances/instance.rows';
import { castLiteral } from '../sql';
import { effectCtes } from './effect-fragments';
import type { EffectWrite } from './effect-write';
import { cte } from './fragments/cte';
import { eventStepStatement } from './fragments/event-step.statement';
import type { FragmentContext } from './fragments/fragment-context';
import { historyEntryFragment } from './fragments/history-entry.fragment';
import { idempotencyAnswerFragment } from './fragments/idempotency-answer.fragment';
import { instanceWriteStatement } from './fragments/instance-write.statement';

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
 * The statements that commit a step. A start is one statement: data-modifying CTEs for the
 * history entry, every effect and the idempotency answer, hanging on the instance INSERT. An
 * event is `liucheng_step_event` (history entry and instance UPDATE, planned once per
 * connection), then, when the step has effects or an answer to store, those CTEs on a
 * `SELECT NULL` (they touch no table the first statement writes). Values are inlined as
 * escaped literals so it can travel with COMMIT (the simple protocol takes no parameters); a
 * value PostgreSQL cannot store throws `UnstorableValueError` here, before anything is sent.
 */
export function stepCommitSql(commit: StepCommit): string {
  const row = commit.instance;
  const context: FragmentContext = {
    instanceId: castLiteral(row.id, 'uuid'),
    at: castLiteral(row.updated_at.toISOString(), 'timestamptz'),
    seq: castLiteral(row.seq, 'int'),
  };
  // Built in the same order as before (history, effects, answer, row): the first unstorable value wins.
  const step = commit.inserted
    ? cte('history_entry', historyEntryFragment(commit.history, row, context))
    : eventStepStatement(commit.history, row, context, commit.searchKey);
  const ctes = effectCtes(commit.effects, context);
  if (commit.answer) ctes.push(cte('idempotency_answer', idempotencyAnswerFragment(commit.answer)));
  if (!commit.inserted) return ctes.length ? `${step};\nWITH ${ctes.join(',\n')}\nSELECT NULL` : step;
  return `WITH ${[step, ...ctes].join(',\n')}\n${instanceWriteStatement(row, commit.inserted, context)}`;
}
