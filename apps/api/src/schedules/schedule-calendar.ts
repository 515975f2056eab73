import { getHolidaysInRange, isWorkday } from 'chinese-days';
import type { ScheduleCalendar } from '@liucheng/engine';

export const SCHEDULE_CALENDAR = Symbol('SCHEDULE_CALENDAR');

/** The last year chinese-days has holidays for (a year is added when the State Council publishes it). */
function lastCoveredYear(): number {
  let year = new Date().getUTCFullYear() + 1;
  while (year > 2004 && getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length === 0) year--;
  return year;
}

/**
 * Mainland China's public holidays and 调休 make-up days (chinese-days), up to the last year it
 * publishes: past that the rules give no occurrence instead of guessing. The working calendar of
 * issue 12 (configurable weeks, company closures) replaces this through `schedules.calendar`.
 */
export const chinaCalendar: ScheduleCalendar = {
  isWorkingDay: (ymd) => isWorkday(ymd),
  coveredUntil: `${lastCoveredYear()}-12-31`,
};
