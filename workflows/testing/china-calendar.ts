import { isWorkday } from 'chinese-days';
import type { ScheduleCalendar } from '@liucheng/engine';

/** Mainland China's holidays and 调休 make-up days (chinese-days), for the schedule tests. */
export const chinaCalendar: ScheduleCalendar = { isWorkingDay: (ymd) => isWorkday(ymd) };
