import { stateLeaves } from '../runtime/replay';
import type {
  StateCycleTime,
  StateStay,
  TimedEntry,
  TimedTask,
  VersionAnalytics,
  VersionAnalyticsInput,
} from './analytics.types';

/**
 * Every stay in a leaf state from a history: a leaf present after an entry and absent before it
 * was entered at that entry's time; it is left at the first later entry without it. Parallel
 * regions give one stay per region's leaf. Entries are taken in seq order.
 *
 * @example stateStays([{seq: 1, at: t0, stateAfter: 'a'}, {seq: 2, at: t1, stateAfter: 'b'}]) // a: t1 - t0, b: open
 */
export function stateStays(history: readonly TimedEntry[]): StateStay[] {
  const stays: StateStay[] = [];
  const open = new Map<string, StateStay>();
  for (const entry of [...history].sort((a, b) => a.seq - b.seq)) {
    const leaves = new Set(stateLeaves(entry.stateAfter));
    for (const [state, stay] of open) {
      if (leaves.has(state)) continue;
      stay.exitedAt = entry.at;
      stay.ms = Date.parse(entry.at) - Date.parse(stay.enteredAt);
      open.delete(state);
    }
    for (const state of leaves) {
      if (open.has(state)) continue;
      const stay: StateStay = { state, enteredAt: entry.at, exitedAt: null, ms: null };
      open.set(state, stay);
      stays.push(stay);
    }
  }
  return stays;
}

/** Nearest-rank percentile of ascending values (p in (0, 1]); null for none. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil(p * sorted.length))) - 1];
}

/** True when a task missed its due time: done after it, or still open past it at `now`. */
export function isOverdue(task: TimedTask, now: number): boolean {
  if (task.dueAt === null) return false;
  const due = Date.parse(task.dueAt);
  if (task.completedAt !== null) return Date.parse(task.completedAt) > due;
  return task.status === 'open' && now > due;
}

/**
 * One definition version's analytics: instances by status and by current leaf state, the
 * median and p90 of finished stays per leaf state (nearest rank), and the share of tasks with a
 * due time that missed it.
 */
export function versionAnalytics({ instances, tasks, now }: VersionAnalyticsInput): VersionAnalytics {
  const durations = new Map<string, number[]>();
  const states: Record<string, StateCycleTime> = {};
  const slot = (state: string) => (states[state] ??= { count: 0, current: 0, medianMs: null, p90Ms: null });
  const byStatus: Record<string, number> = {};
  for (const instance of instances) {
    byStatus[instance.status] = (byStatus[instance.status] ?? 0) + 1;
    for (const leaf of stateLeaves(instance.state)) slot(leaf).current += 1;
    for (const stay of stateStays(instance.history)) {
      slot(stay.state);
      if (stay.ms === null) continue;
      const list = durations.get(stay.state) ?? [];
      list.push(stay.ms);
      durations.set(stay.state, list);
    }
  }
  for (const [state, list] of durations) {
    list.sort((a, b) => a - b);
    Object.assign(slot(state), { count: list.length, medianMs: percentile(list, 0.5), p90Ms: percentile(list, 0.9) });
  }
  const nowMs = Date.parse(now);
  const withDue = tasks.filter((t) => t.dueAt !== null);
  const overdue = withDue.filter((t) => isOverdue(t, nowMs)).length;
  return {
    instances: instances.length,
    byStatus,
    states,
    tasksWithDue: withDue.length,
    overdue,
    overdueRate: withDue.length === 0 ? null : overdue / withDue.length,
  };
}
