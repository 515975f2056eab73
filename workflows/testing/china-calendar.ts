import { MON_FRI_CALENDAR, scheduleCalendarOf } from '@liucheng/engine';

/** The default working calendar (Monday–Friday, mainland holidays and 调休) as schedules read it. */
export const chinaCalendar = scheduleCalendarOf(MON_FRI_CALENDAR);
