import { dayStatus } from './calendar-days';
import type { WorkingCalendar, WorkingInterval, Ymd } from './calendar.types';
import { addDays, instantAt, ymdOf } from './shanghai-time';

/** How far the arithmetic looks for working time before it gives up (two years of days). */
export const MAX_SEARCH_DAYS = 732;

/** The calendar has no working time within {@link MAX_SEARCH_DAYS} (every day closed). */
export class NoWorkingTimeError extends Error {
  readonly code = 'calendar-no-working-time';
  constructor(readonly calendarKey: string) {
    super(`Calendar ${calendarKey} has no working time within ${MAX_SEARCH_DAYS} days`);
    this.name = 'NoWorkingTimeError';
  }
}

/** The working intervals of `ymd` as UTC instants, in order. */
export function workingIntervalsOn(calendar: WorkingCalendar, ymd: Ymd): WorkingInterval[] {
  return dayStatus(calendar, ymd)
    .periods.map((p) => ({ start: instantAt(ymd, p.start), end: instantAt(ymd, p.end) }))
    .sort((a, b) => a.start.getTime() - b.start.getTime());
}

/** Working intervals from the day of `from` on, each clipped to start no earlier than `from`. */
function* intervalsFrom(calendar: WorkingCalendar, from: Date): Generator<WorkingInterval> {
  let day = ymdOf(from);
  for (let i = 0; i < MAX_SEARCH_DAYS; i++, day = addDays(day, 1)) {
    for (const interval of workingIntervalsOn(calendar, day)) {
      if (interval.end.getTime() <= from.getTime()) continue;
      yield { start: new Date(Math.max(interval.start.getTime(), from.getTime())), end: interval.end };
    }
  }
  throw new NoWorkingTimeError(calendar.key);
}

/**
 * `at` itself when it is working time, else the start of the next working period.
 * At a period's end (17:00) the next moment is the next period's start.
 *
 * @example nextWorkingMoment(MON_FRI, new Date('2026-10-01T00:00:00Z')) // 2026-10-08T00:00Z (08:00 Shanghai)
 */
export function nextWorkingMoment(calendar: WorkingCalendar, at: Date): Date {
  return intervalsFrom(calendar, at).next().value!.start;
}

/**
 * `from` plus `ms` of working time: the clock only runs inside working periods. A sum that
 * lands exactly on a period's end stays there (08:00 + 9 h is 17:00 the same day).
 *
 * @example addWorkingTime(MON_FRI, friday1659, 2 * 3600_000) // Monday 09:59
 */
export function addWorkingTime(calendar: WorkingCalendar, from: Date, ms: number): Date {
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`Working time must be a non-negative number: ${ms}`);
  if (ms === 0) return new Date(from.getTime());
  let left = ms;
  for (const { start, end } of intervalsFrom(calendar, from)) {
    const span = end.getTime() - start.getTime();
    if (left <= span) return new Date(start.getTime() + left);
    left -= span;
  }
  throw new NoWorkingTimeError(calendar.key); // unreachable: intervalsFrom throws first
}

/**
 * Milliseconds of working time between two instants; negative when `to` is before `from`.
 *
 * @example workingTimeBetween(MON_FRI, mon0800, tue0800) // 9 h
 */
export function workingTimeBetween(calendar: WorkingCalendar, from: Date, to: Date): number {
  if (to.getTime() < from.getTime()) return -workingTimeBetween(calendar, to, from);
  let total = 0;
  for (let day = ymdOf(from); day <= ymdOf(to); day = addDays(day, 1)) {
    for (const { start, end } of workingIntervalsOn(calendar, day)) {
      const a = Math.max(start.getTime(), from.getTime());
      const b = Math.min(end.getTime(), to.getTime());
      if (b > a) total += b - a;
    }
  }
  return total;
}
