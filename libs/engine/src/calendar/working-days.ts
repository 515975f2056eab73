import { dayStatus } from './calendar-days';
import type { WorkingCalendar, Ymd } from './calendar.types';
import { addDays, instantAt, lastOfMonth, mondayOf } from './shanghai-time';
import { MAX_SEARCH_DAYS, NoWorkingTimeError } from './working-time';

function isWorking(calendar: WorkingCalendar, ymd: Ymd): boolean {
  return dayStatus(calendar, ymd).working;
}

/**
 * The `n`-th working day after `from` (`n = 0`: `from` itself when worked, else the next
 * working day). Counting starts the day after, so 3 working days from a Friday hosting
 * is the Wednesday after.
 *
 * @example addWorkingDays(MON_FRI, '2026-09-30', 1) // '2026-10-09' (National Day in between)
 */
export function addWorkingDays(calendar: WorkingCalendar, from: Ymd, n: number): Ymd {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Working days must be a non-negative integer: ${n}`);
  if (n === 0 && isWorking(calendar, from)) return from;
  let day = from;
  let left = Math.max(n, 1);
  // Gives up only after MAX_SEARCH_DAYS days in a row without work (a calendar closed for good).
  for (let idle = 0; idle < MAX_SEARCH_DAYS; idle++) {
    day = addDays(day, 1);
    if (!isWorking(calendar, day)) continue;
    if (--left === 0) return day;
    idle = -1;
  }
  throw new NoWorkingTimeError(calendar.key);
}

/** The instant the working day `ymd` ends (its last period's end); `undefined` when not worked. */
export function endOfWorkingDay(calendar: WorkingCalendar, ymd: Ymd): Date | undefined {
  const periods = dayStatus(calendar, ymd).periods;
  if (periods.length === 0) return undefined;
  const last = periods.reduce((a, b) => (b.end > a.end ? b : a));
  return instantAt(ymd, last.end);
}

/** The instant the working day `ymd` starts; `undefined` when not worked. */
export function startOfWorkingDay(calendar: WorkingCalendar, ymd: Ymd): Date | undefined {
  const periods = dayStatus(calendar, ymd).periods;
  if (periods.length === 0) return undefined;
  const first = periods.reduce((a, b) => (b.start < a.start ? b : a));
  return instantAt(ymd, first.start);
}

function workingDaysIn(calendar: WorkingCalendar, from: Ymd, to: Ymd): Ymd[] {
  const days: Ymd[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) if (isWorking(calendar, day)) days.push(day);
  return days;
}

/** The first working day of the week (Monday–Sunday) holding `ymd`; `undefined` if none is worked. */
export function firstWorkingDayOfWeek(calendar: WorkingCalendar, ymd: Ymd): Ymd | undefined {
  const monday = mondayOf(ymd);
  return workingDaysIn(calendar, monday, addDays(monday, 6))[0];
}

/** The last working day of the week (Monday–Sunday) holding `ymd`; `undefined` if none is worked. */
export function lastWorkingDayOfWeek(calendar: WorkingCalendar, ymd: Ymd): Ymd | undefined {
  const monday = mondayOf(ymd);
  return workingDaysIn(calendar, monday, addDays(monday, 6)).at(-1);
}

/** The first working day of the month holding `ymd`. */
export function firstWorkingDayOfMonth(calendar: WorkingCalendar, ymd: Ymd): Ymd | undefined {
  return workingDaysIn(calendar, `${ymd.slice(0, 7)}-01`, lastOfMonth(ymd))[0];
}

/** The last working day of the month holding `ymd`. */
export function lastWorkingDayOfMonth(calendar: WorkingCalendar, ymd: Ymd): Ymd | undefined {
  return workingDaysIn(calendar, `${ymd.slice(0, 7)}-01`, lastOfMonth(ymd)).at(-1);
}

/**
 * When the working week holding `ymd` ends: the close of its last working day. A week with no
 * working day at all (wholly a holiday) ends with the next working day's close, so a deadline
 * never falls on a holiday.
 *
 * @example endOfWorkingWeek(MON_FRI, '2026-09-28') // 2026-09-30 17:00 Shanghai (National Day follows)
 */
export function endOfWorkingWeek(calendar: WorkingCalendar, ymd: Ymd): Date {
  const last = lastWorkingDayOfWeek(calendar, ymd) ?? addWorkingDays(calendar, addDays(mondayOf(ymd), 6), 1);
  return endOfWorkingDay(calendar, last)!;
}
