// Inbox order: what is due first (overdue at the top), then the rest newest first; done work newest first.
import type { Task } from '@liucheng/contracts';

type Sortable = Pick<Task, 'id' | 'dueAt' | 'createdAt' | 'completedAt'>;

/**
 * Open tasks with a due time by that time (earliest first), then those without, newest first.
 * @example sortOpenTasks([{ dueAt: null, ... }, { dueAt: '2026-03-01T00:00:00Z', ... }]) // the due one first
 */
export function sortOpenTasks<T extends Sortable>(tasks: readonly T[]): T[] {
  return [...tasks].sort((a, b) => {
    if (a.dueAt && b.dueAt) return compare(Date.parse(a.dueAt), Date.parse(b.dueAt)) || byNewest(a, b);
    if (a.dueAt) return -1;
    if (b.dueAt) return 1;
    return byNewest(a, b);
  });
}

/** Completed tasks, most recently completed first. */
export function sortDoneTasks<T extends Sortable>(tasks: readonly T[]): T[] {
  return [...tasks].sort(
    (a, b) => compare(Date.parse(b.completedAt ?? b.createdAt), Date.parse(a.completedAt ?? a.createdAt)) || byId(a, b),
  );
}

function byNewest(a: Sortable, b: Sortable): number {
  return compare(Date.parse(b.createdAt), Date.parse(a.createdAt)) || byId(a, b);
}

function byId(a: Sortable, b: Sortable): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function compare(a: number, b: number): number {
  return a - b;
}
