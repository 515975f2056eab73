import type { WorkingCalendar, WorkingPeriod } from './calendar.types';

const day = (start: string, end: string): WorkingPeriod[] => [{ start, end }];

/** The key a definition gets when its `meta.calendar` is absent. */
export const DEFAULT_CALENDAR_KEY = 'mon-fri';

/**
 * 业务拓展部管理规章制度 (first policy): Monday–Friday 8:00–17:00, weekends off, the
 * national holidays and 调休 as published. The policy names no lunch break.
 */
export const MON_FRI_CALENDAR: WorkingCalendar = {
  key: 'mon-fri',
  name: { zh: '周一至周五 8:00–17:00', en: 'Monday–Friday 8:00–17:00' },
  timeZone: 'Asia/Shanghai',
  week: {
    mon: day('08:00', '17:00'),
    tue: day('08:00', '17:00'),
    wed: day('08:00', '17:00'),
    thu: day('08:00', '17:00'),
    fri: day('08:00', '17:00'),
    sat: [],
    sun: [],
  },
  publicHolidays: 'cn-mainland',
  closures: [],
  extraWorkingDays: [],
};

/**
 * xx项目部业务拓展部管理规章制度 (second policy): Monday–Saturday, 8:30–17:00 on weekdays and
 * 9:00–17:00 on Saturday, Sunday off.
 */
export const MON_SAT_CALENDAR: WorkingCalendar = {
  key: 'mon-sat',
  name: { zh: '周一至周六 8:30–17:00（周六 9:00–17:00）', en: 'Monday–Saturday 8:30–17:00 (Saturday 9:00–17:00)' },
  timeZone: 'Asia/Shanghai',
  week: {
    mon: day('08:30', '17:00'),
    tue: day('08:30', '17:00'),
    wed: day('08:30', '17:00'),
    thu: day('08:30', '17:00'),
    fri: day('08:30', '17:00'),
    sat: day('09:00', '17:00'),
    sun: [],
  },
  publicHolidays: 'cn-mainland',
  closures: [],
  extraWorkingDays: [],
};

/** The calendars a fresh installation starts with. */
export const SHIPPED_CALENDARS: readonly WorkingCalendar[] = [MON_FRI_CALENDAR, MON_SAT_CALENDAR];
