import type { ScheduleCalendar } from '@liucheng/engine';

/** The scheduled-start worker's knobs (main.ts: `LIUCHENG_SCHEDULE_INTERVAL_MS`). */
export interface ScheduleOptions {
  enabled: boolean;
  /** Time between looks for due occurrences; default 30000. */
  intervalMs?: number;
  /** Replaces every definition's working calendar for the schedule rules (tests); default: the definition's own. */
  calendar?: ScheduleCalendar;
}

export function scheduleIntervalMs(options: ScheduleOptions | undefined): number {
  return Math.max(100, options?.intervalMs ?? 30_000);
}
