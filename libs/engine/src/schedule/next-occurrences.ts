import { Cron } from 'croner';
import type { ScheduleCalendar, ScheduleRule, ScheduleSpec } from './schedule.types';
import { addDays, atTime, dayOf, monthEnd, weekStart } from './shanghai-days';

export const SCHEDULE_TIME_ZONE = 'Asia/Shanghai';
/** How many weeks or months ahead a calendar rule looks (a yearly rule needs twelve per occurrence). */
const MAX_PERIODS = 12 * 12;
/** Cron occurrences examined per one returned when `workingDaysOnly` filters them. */
const MAX_CRON_RUNS = 2000;

type CalendarRule = Exclude<ScheduleRule, { kind: 'cron' }>;

/** The first (or, `last`, the last) working day of `[from, to]`, or undefined when none is. */
function workingDayIn(from: string, to: string, cal: ScheduleCalendar, last = false): string | undefined {
  if (last) {
    for (let d = to; d >= from; d = addDays(d, -1)) if (cal.isWorkingDay(d)) return d;
  } else {
    for (let d = from; d <= to; d = addDays(d, 1)) if (cal.isWorkingDay(d)) return d;
  }
  return undefined;
}

/** The day of the rule's occurrence in the period (week or month) starting at `start`, if any. */
function occurrenceDayOf(rule: CalendarRule, start: string, cal: ScheduleCalendar): string | undefined {
  switch (rule.kind) {
    case 'last-working-day-of-week':
      return workingDayIn(start, addDays(start, 6), cal, true);
    case 'first-working-day-of-month':
      return workingDayIn(start, monthEnd(start), cal);
    case 'last-week-of-month':
      if (rule.months && !rule.months.includes(Number(start.slice(5, 7)))) return undefined;
      return workingDayIn(addDays(monthEnd(start), -6), monthEnd(start), cal);
  }
}

/** The period's last day: past the calendar's coverage, no occurrence is given. */
function periodEnd(rule: CalendarRule, start: string): string {
  return rule.kind === 'last-working-day-of-week' ? addDays(start, 6) : monthEnd(start);
}

const beyondCoverage = (cal: ScheduleCalendar, day: string) => cal.coveredUntil !== undefined && day > cal.coveredUntil;

/** True when the rule reads the working calendar (every kind but plain cron). */
export function readsCalendar(rule: ScheduleRule): boolean {
  return rule.kind !== 'cron' || rule.workingDaysOnly === true;
}

/** The first instant the calendar does not know (midnight after `coveredUntil`, Beijing time). */
export function calendarCoverEnd(calendar: ScheduleCalendar): Date | undefined {
  return calendar.coveredUntil === undefined ? undefined : atTime(addDays(calendar.coveredUntil, 1), '00:00');
}

/** The next period start: a week later for the weekly rule, the 1st of the next month otherwise. */
function nextPeriod(rule: CalendarRule, start: string): string {
  return rule.kind === 'last-working-day-of-week' ? addDays(start, 7) : addDays(monthEnd(start), 1);
}

function cronOccurrences(rule: Extract<ScheduleRule, { kind: 'cron' }>, after: Date, n: number, cal: ScheduleCalendar) {
  const cron = new Cron(rule.cron, { timezone: SCHEDULE_TIME_ZONE, paused: true });
  if (!rule.workingDaysOnly) return cron.nextRuns(n, after);
  const out: Date[] = [];
  let from = after;
  for (let i = 0; i < MAX_CRON_RUNS && out.length < n; i++) {
    const next = cron.nextRun(from);
    if (!next || beyondCoverage(cal, dayOf(next))) break;
    if (cal.isWorkingDay(dayOf(next))) out.push(next);
    from = next;
  }
  return out;
}

/**
 * The next `n` occurrences of a schedule strictly after `after`, in order. Pure: the calendar
 * answers which days are working days; a calendar-aware rule stops where the calendar's coverage
 * ends (fewer than `n`), and so does cron with `workingDaysOnly`. Throws on an invalid cron (validation reports it first).
 *
 * @example nextOccurrences({rule: {kind: 'first-working-day-of-month', at: '08:00'}}, after, 2, cal)
 */
export function nextOccurrences(
  schedule: Pick<ScheduleSpec, 'rule'>,
  after: Date,
  n: number,
  calendar: ScheduleCalendar,
): Date[] {
  const rule = schedule.rule;
  if (n <= 0) return [];
  if (rule.kind === 'cron') return cronOccurrences(rule, after, n, calendar);
  const out: Date[] = [];
  const today = dayOf(after);
  let start = rule.kind === 'last-working-day-of-week' ? weekStart(today) : `${today.slice(0, 8)}01`;
  for (let i = 0; i < MAX_PERIODS && out.length < n; i++, start = nextPeriod(rule, start)) {
    if (beyondCoverage(calendar, periodEnd(rule, start))) break;
    const day = occurrenceDayOf(rule, start, calendar);
    if (day === undefined) continue;
    const at = atTime(day, rule.at);
    if (at.getTime() > after.getTime()) out.push(at);
  }
  return out;
}

/** Every occurrence in `(from, to]`, oldest first, at most `limit` (a worker catching up). */
export function occurrencesBetween(
  schedule: Pick<ScheduleSpec, 'rule'>,
  from: Date,
  to: Date,
  calendar: ScheduleCalendar,
  limit = 100,
): Date[] {
  const out: Date[] = [];
  let cursor = from;
  while (out.length < limit) {
    const [next] = nextOccurrences(schedule, cursor, 1, calendar);
    if (!next || next.getTime() > to.getTime()) break;
    out.push(next);
    cursor = next;
  }
  return out;
}
