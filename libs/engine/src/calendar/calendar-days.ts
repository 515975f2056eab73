import { CalendarNotCoveredError } from './calendar-not-covered.error';
import type { DayStatus, WorkingCalendar, WorkingPeriod, Ymd } from './calendar.types';
import { CN_MAINLAND_COVERED, cnMainlandDay } from './cn-public-days';
import { addDays, weekdayOf, yearOf } from './shanghai-time';

/**
 * Years the calendar can answer for without a gap: the public-holiday data's, extended by the
 * years an admin declared right after it; `undefined` when every year is (no public-holiday source).
 */
export function coveredYears(calendar: WorkingCalendar): { from: number; to: number } | undefined {
  if (calendar.publicHolidays !== 'cn-mainland') return undefined;
  const declared = new Set(calendar.declaredYears ?? []);
  let to = CN_MAINLAND_COVERED.to;
  while (declared.has(to + 1)) to += 1;
  return { from: CN_MAINLAND_COVERED.from, to };
}

/** False when `ymd` falls in a year neither the public-holiday data nor an admin's declaration covers. */
export function isCovered(calendar: WorkingCalendar, ymd: Ymd): boolean {
  const covered = coveredYears(calendar);
  const year = yearOf(ymd);
  return !covered || (year >= covered.from && year <= covered.to) || (calendar.declaredYears ?? []).includes(year);
}

/** Throws {@link CalendarNotCoveredError} when `ymd` is outside the covered years. */
export function assertCovered(calendar: WorkingCalendar, ymd: Ymd): void {
  const covered = coveredYears(calendar);
  if (covered && !isCovered(calendar, ymd)) throw new CalendarNotCoveredError(calendar.key, yearOf(ymd), covered);
}

function makeUpPeriods(calendar: WorkingCalendar): WorkingPeriod[] {
  return calendar.makeUpDayPeriods ?? calendar.week.mon;
}

/**
 * What the calendar says about `ymd`. Company rules win over public ones: a closure, then an
 * admin's extra working day, then a public holiday or make-up day (调休), then the week.
 * Throws {@link CalendarNotCoveredError} for a year the holiday data does not cover.
 *
 * @example dayStatus(MON_FRI, '2026-10-01').kind // 'holiday'
 */
export function dayStatus(calendar: WorkingCalendar, ymd: Ymd): DayStatus {
  const closure = calendar.closures.find((c) => c.from <= ymd && ymd <= c.to);
  if (closure) return { date: ymd, kind: 'closure', working: false, periods: [], reason: closure.reason };
  const extra = calendar.extraWorkingDays.find((d) => d.date === ymd);
  if (extra) {
    const periods = extra.periods ?? makeUpPeriods(calendar);
    return { date: ymd, kind: 'extra', working: periods.length > 0, periods, reason: extra.reason };
  }
  assertCovered(calendar, ymd);
  const publicDay = calendar.publicHolidays === 'cn-mainland' ? cnMainlandDay(ymd) : undefined;
  if (publicDay?.kind === 'holiday')
    return { date: ymd, kind: 'holiday', working: false, periods: [], name: publicDay.name };
  const weekly = calendar.week[weekdayOf(ymd)];
  if (publicDay?.kind === 'make-up') {
    // A make-up day on a day the week already works keeps that day's hours.
    const periods = weekly.length > 0 ? weekly : makeUpPeriods(calendar);
    return { date: ymd, kind: 'make-up', working: true, periods, name: publicDay.name };
  }
  return weekly.length > 0
    ? { date: ymd, kind: 'working', working: true, periods: weekly }
    : { date: ymd, kind: 'rest', working: false, periods: [] };
}

/** True when `ymd` is worked under the calendar. */
export function isWorkingDay(calendar: WorkingCalendar, ymd: Ymd): boolean {
  return dayStatus(calendar, ymd).working;
}

/** A day in a year the public-holiday data does not cover. */
export interface UncoveredDay {
  date: Ymd;
  kind: 'not-covered';
  working: null;
  periods: [];
}

/** Each day `from`..`to` inclusive; a day outside the covered years is reported as not covered. */
export function listDays(calendar: WorkingCalendar, from: Ymd, to: Ymd): Array<DayStatus | UncoveredDay> {
  const out: Array<DayStatus | UncoveredDay> = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    try {
      out.push(dayStatus(calendar, day));
    } catch (e) {
      if (!(e instanceof CalendarNotCoveredError)) throw e;
      out.push({ date: day, kind: 'not-covered', working: null, periods: [] });
    }
  }
  return out;
}
