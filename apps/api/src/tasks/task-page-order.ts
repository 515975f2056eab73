import type { TaskSort } from '@liucheng/contracts';
import { ApiError } from '../common/api-error';

/** The columns a task list is ordered by, as a row of `tasks t` carries them. */
export interface TaskOrderRow {
  id: string;
  created_at: Date | string;
  due_at: Date | string | null;
  completed_at: Date | string | null;
}

type Bind = (value: unknown) => string;

/** One value of a sort key in a cursor: an ISO time, a null time, or a task id. */
type KeyValue = string | null;

interface TaskOrder {
  /** ORDER BY over `tasks t`. */
  inner: string;
  /** The same over the selected columns (outside the union of `mine` and `todo`). */
  outer: string;
  /** The sort key of a row, as the cursor stores it: its times, then the task id. */
  key(row: TaskOrderRow): KeyValue[];
  /** Per time of the key, whether it may be null (created never is; due and completed may be). */
  nullableTimes: boolean[];
  /** The condition "comes after this key" over `tasks t`. */
  after(key: KeyValue[], add: Bind): string;
}

const iso = (value: Date | string | null): string | null => (value === null ? null : new Date(value).toISOString());
const time = (add: Bind, value: KeyValue) => `${add(value)}::timestamptz`;
const id = (add: Bind, value: KeyValue) => `${add(value)}::uuid`;

/**
 * "After (value, id)" in `column DESC NULLS LAST, id DESC` order: later rows have an earlier time,
 * the same time and a smaller id, or no time at all.
 */
function afterDescNullsLast(column: string, value: KeyValue, taskId: KeyValue, add: Bind): string {
  if (value === null) return `(${column} IS NULL AND t.id < ${id(add, taskId)})`;
  const v = time(add, value);
  return `(${column} < ${v} OR (${column} = ${v} AND t.id < ${id(add, taskId)}) OR ${column} IS NULL)`;
}

/**
 * The orders of `GET /api/tasks`, the ones the inbox shows: `created` newest first; `due` soonest
 * due first and, at the same due time or without one (those last), newest first; `completed`
 * most recently completed first.
 */
export const TASK_ORDERS: Record<TaskSort, TaskOrder> = {
  created: {
    inner: 't.created_at DESC, t.id DESC',
    outer: 'created_at DESC, id DESC',
    key: (row) => [iso(row.created_at), row.id],
    nullableTimes: [false],
    after: ([created, taskId], add) => `(t.created_at, t.id) < (${time(add, created)}, ${id(add, taskId)})`,
  },
  due: {
    inner: 't.due_at ASC NULLS LAST, t.created_at DESC, t.id DESC',
    outer: 'due_at ASC NULLS LAST, created_at DESC, id DESC',
    key: (row) => [iso(row.due_at), iso(row.created_at), row.id],
    nullableTimes: [true, false],
    after: ([due, created, taskId], add) => {
      const sameDueLater = `(t.created_at, t.id) < (${time(add, created)}, ${id(add, taskId)})`;
      if (due === null) return `(t.due_at IS NULL AND ${sameDueLater})`;
      const d = time(add, due);
      return `(t.due_at > ${d} OR (t.due_at = ${d} AND ${sameDueLater}) OR t.due_at IS NULL)`;
    },
  },
  completed: {
    inner: 't.completed_at DESC NULLS LAST, t.id DESC',
    outer: 'completed_at DESC NULLS LAST, id DESC',
    key: (row) => [iso(row.completed_at), row.id],
    nullableTimes: [true],
    after: ([completed, taskId], add) => afterDescNullsLast('t.completed_at', completed, taskId, add),
  },
};

const SORTS = Object.keys(TASK_ORDERS) as TaskSort[];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An opaque cursor: base64url JSON of the sort and the last row's key. */
export function encodeTaskCursor(sort: TaskSort, row: TaskOrderRow): string {
  return Buffer.from(JSON.stringify([sort, ...TASK_ORDERS[sort].key(row)])).toString('base64url');
}

/** The key a cursor holds; 400 at `/cursor` when it is malformed or was made for another sort. */
export function decodeTaskCursor(cursor: string, sort: TaskSort): KeyValue[] {
  const malformed = (message: string) =>
    ApiError.badRequest(`cursor is ${message}`, [{ path: '/cursor', message: `${message} cursor` }]);
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw malformed('malformed');
  }
  if (!Array.isArray(parsed) || !SORTS.includes(parsed[0])) throw malformed('malformed');
  if (parsed[0] !== sort) throw malformed('for another sort');
  const key = parsed.slice(1) as unknown[];
  const { nullableTimes } = TASK_ORDERS[sort];
  const taskId = key[nullableTimes.length];
  const timesValid = nullableTimes.every((nullable, i) => {
    const value = key[i];
    return (value === null && nullable) || (typeof value === 'string' && !Number.isNaN(Date.parse(value)));
  });
  if (key.length !== nullableTimes.length + 1 || typeof taskId !== 'string' || !UUID.test(taskId) || !timesValid)
    throw malformed('malformed');
  return key as KeyValue[];
}
