import { isWorkday } from 'chinese-days';
import type { ScheduleCalendar } from '@liucheng/engine';

export const SCHEDULE_CALENDAR = Symbol('SCHEDULE_CALENDAR');

/**
 * Mainland China's public holidays and 调休 make-up days (chinese-days). The working calendar of
 * issue 12 (configurable weeks, company closures) replaces this through `schedules.calendar`.
 */
export const chinaCalendar: ScheduleCalendar = { isWorkingDay: (ymd) => isWorkday(ymd) };
