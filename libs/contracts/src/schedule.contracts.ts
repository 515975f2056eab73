// Scheduled starts (meta.schedules of published definitions), their state and their runs.
import type { LocalizedLabel } from './common.contracts';

/** One schedule of the latest published version of a definition. */
export interface ScheduleSummary {
  definitionKey: string;
  definitionVersion: number;
  definitionTitle: LocalizedLabel;
  key: string;
  title: LocalizedLabel;
  /** The rule as the definition declares it (`{kind: 'cron', cron}`, `{kind: 'last-working-day-of-week', at}`, …). */
  rule: Record<string, unknown>;
  /** Whom it starts for (`{kind: 'role', role}`, `{kind: 'everyone'}`, …). */
  people: Record<string, unknown>;
  paused: boolean;
  pausedAt: string | null;
  pausedBy: string | null;
  /** Occurrences the worker has looked at up to (ISO date-time); null before the first look. */
  checkedUntil: string | null;
  /** The next occurrences (ISO date-times), soonest first. */
  next: string[];
  /**
   * The last day (`yyyy-MM-dd`) the working calendar knows when the rule reads it: later
   * occurrences are listed (and started) once the calendar covers them; null when not limited.
   */
  calendarCoveredUntil: string | null;
}

export interface ScheduleList {
  items: ScheduleSummary[];
}

/** `pending`: claimed, not started yet; `started`: the instance exists; `failed`: the start was refused. */
export type ScheduleRunStatus = 'pending' | 'started' | 'failed';

/** One person's start for one occurrence (unique per definition, schedule, occurrence and person). */
export interface ScheduleRun {
  id: string;
  definitionKey: string;
  scheduleKey: string;
  occurrenceAt: string;
  person: string;
  /** `schedule`: the worker; `manual`: run now (runBy names who). */
  trigger: 'schedule' | 'manual';
  runBy: string | null;
  status: ScheduleRunStatus;
  instanceId: string | null;
  /** Why the start was refused (`{code, message}`); null unless failed. */
  error: { code: string; message: string } | null;
  createdAt: string;
  startedAt: string | null;
}

export interface ScheduleRunList {
  items: ScheduleRun[];
}

/** The answer of run now: the occurrence it made and its runs. */
export interface ScheduleRunNow {
  occurrenceAt: string;
  items: ScheduleRun[];
}
