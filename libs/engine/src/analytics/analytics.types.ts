import type { StateValue } from '../runtime/runtime.types';

/** What cycle times are computed from: a history entry's time and the state after it. */
export interface TimedEntry {
  seq: number;
  /** ISO-8601 UTC. */
  at: string;
  stateAfter: StateValue;
}

/** One stay in a leaf state: entered by one entry, left by a later one (open when not left yet). */
export interface StateStay {
  state: string;
  enteredAt: string;
  exitedAt: string | null;
  /** Milliseconds between entering and leaving; null while the instance is still there. */
  ms: number | null;
}

export interface StateCycleTime {
  /** Finished stays counted (entered and left). */
  count: number;
  /** Instances in the state now. */
  current: number;
  medianMs: number | null;
  p90Ms: number | null;
}

/** What a task contributes to the overdue rate. */
export interface TimedTask {
  dueAt: string | null;
  completedAt: string | null;
  status: string;
}

export interface VersionAnalyticsInput {
  instances: Array<{ status: string; state: StateValue; history: TimedEntry[] }>;
  tasks: TimedTask[];
  /** ISO-8601: an open task is overdue when its due time is before now. */
  now: string;
}

export interface VersionAnalytics {
  instances: number;
  byStatus: Record<string, number>;
  /** Per leaf state path: finished stays (median, p90) and instances there now. */
  states: Record<string, StateCycleTime>;
  /** Tasks with a due time. */
  tasksWithDue: number;
  /** Of those: done after the due time, or still open past it. */
  overdue: number;
  /** overdue / tasksWithDue; null when no task had a due time. */
  overdueRate: number | null;
}
