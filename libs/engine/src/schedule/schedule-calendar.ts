import { coveredYears, isWorkingDay } from '../calendar/calendar-days';
import type { WorkingCalendar } from '../calendar/calendar.types';
import type { ScheduleCalendar } from './schedule.types';

/**
 * A working calendar as the schedule rules read it: its working days (closures and extra days
 * included) and the last day its public-holiday data covers, past which no occurrence is given.
 */
export function scheduleCalendarOf(calendar: WorkingCalendar): ScheduleCalendar {
  const covered = coveredYears(calendar);
  return {
    isWorkingDay: (ymd) => isWorkingDay(calendar, ymd),
    ...(covered ? { coveredUntil: `${covered.to}-12-31` } : {}),
  };
}
