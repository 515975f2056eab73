import type { JsonObject, LocalizedText } from '../definition/definition.types';

/** `HH:mm` in Asia/Shanghai. */
export type ClockTime = string;

/**
 * When a schedule fires. Cron runs in Asia/Shanghai (croner); the other kinds read the working
 * calendar, so a holiday week moves its occurrence to the week's real last working day.
 */
export type ScheduleRule =
  /** A five-field cron expression; `workingDaysOnly` drops occurrences on non-working days. */
  | { kind: 'cron'; cron: string; workingDaysOnly?: boolean }
  /** The last working day of each Monday–Sunday week (a 调休 Saturday counts); none in a week with no working day. */
  | { kind: 'last-working-day-of-week'; at: ClockTime }
  /** The first working day of each month. */
  | { kind: 'first-working-day-of-month'; at: ClockTime }
  /** The first working day of the month's last seven days (25–31 December), in `months` (default all). */
  | { kind: 'last-week-of-month'; at: ClockTime; months?: number[] };

export type ScheduleRuleKind = ScheduleRule['kind'];

/** Whom each occurrence starts an instance for (active users only; `exceptRoles` removes holders). */
export type SchedulePeople = (
  | { kind: 'everyone' }
  | { kind: 'role'; role: string; department?: string; includeSubdepartments?: boolean }
  | { kind: 'department'; department: string; includeSubdepartments?: boolean }
  | { kind: 'users'; users: string[] }
) & { exceptRoles?: string[] };

/** One entry of `meta.schedules`. */
export interface ScheduleSpec {
  /** Stable kebab-case key, unique within the definition (runs are recorded under it). */
  key: string;
  title: LocalizedText;
  rule: ScheduleRule;
  people: SchedulePeople;
  /**
   * The start input; string values may use occurrence placeholders (`{date}`, `{weekStart}`,
   * `{weekEnd}`, `{month}`, `{previousMonth}`, `{year}`, `{previousYear}`, `{at}`). A string that
   * is one placeholder alone takes the placeholder's own value (`"{year}"` is the number 2026).
   */
  input?: JsonObject;
}

/** The working calendar the calendar-aware rules read; `ymd` is `yyyy-MM-dd` in Asia/Shanghai. */
export interface ScheduleCalendar {
  isWorkingDay(ymd: string): boolean;
  /**
   * The last day the calendar knows (`yyyy-MM-dd`): past it, holidays are not published yet, so
   * the calendar-aware rules give no occurrence rather than guess one. Absent: it knows every day.
   */
  coveredUntil?: string;
}
