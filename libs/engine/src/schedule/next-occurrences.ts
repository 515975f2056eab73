import { Cron } from 'croner';
import type { ScheduleCalendar, ScheduleRule, ScheduleSpec } from './schedule.types';
import { addDays, atTime, dayOf, monthEnd, weekStart } from './shanghai-days';

export const SCHEDULE_TIME_ZONE = 'Asia/Shanghai';
/** How far ahead a calendar rule looks (a yearly rule needs a year per occurrence). */
const MAX_DAYS = 12 * 366;
/** Cron occurrences examined per one returned when `workingDaysOnly` filters them. */
const MAX_CRON_RUNS = 2000;

/** True when `day` is the rule's occurrence day (the rule is one of the calendar kinds). */
function isOccurrenceDay(rule: Exclude<ScheduleRule, { kind: 'cron' }>, day: string, cal: ScheduleCalendar): boolean {
  if (!cal.isWorkingDay(day)) return false;
  switch (rule.kind) {
    case 'last-working-day-of-week': {
      const sunday = addDays(weekStart(day), 6);
      for (let d = addDays(day, 1); d <= sunday; d = addDays(d, 1)) if (cal.isWorkingDay(d)) return false;
      return true;
    }
    case 'first-working-day-of-month': {
      for (let d = `${day.slice(0, 8)}01`; d < day; d = addDays(d, 1)) if (cal.isWorkingDay(d)) return false;
      return true;
    }
    case 'last-week-of-month': {
      const month = Number(day.slice(5, 7));
      if (rule.months && !rule.months.includes(month)) return false;
      const first = addDays(monthEnd(day), -6);
      if (day < first) return false;
      for (let d = first; d < day; d = addDays(d, 1)) if (cal.isWorkingDay(d)) return false;
      return true;
    }
  }
}

function cronOccurrences(rule: Extract<ScheduleRule, { kind: 'cron' }>, after: Date, n: number, cal: ScheduleCalendar) {
  const cron = new Cron(rule.cron, { timezone: SCHEDULE_TIME_ZONE, paused: true });
  if (!rule.workingDaysOnly) return cron.nextRuns(n, after);
  const out: Date[] = [];
  let from = after;
  for (let i = 0; i < MAX_CRON_RUNS && out.length < n; i++) {
    const next = cron.nextRun(from);
    if (!next) break;
    if (cal.isWorkingDay(dayOf(next))) out.push(next);
    from = next;
  }
  return out;
}

/**
 * The next `n` occurrences of a schedule strictly after `after`, in order. Pure: the calendar
 * answers which days are working days. Throws on an invalid cron (validation reports it first).
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
  let day = dayOf(after);
  for (let i = 0; i < MAX_DAYS && out.length < n; i++, day = addDays(day, 1)) {
    if (!isOccurrenceDay(rule, day, calendar)) continue;
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
