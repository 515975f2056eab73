/** A stretch of working time in a day, `HH:mm`–`HH:mm` Beijing time. */
export interface WorkingPeriodContract {
  start: string;
  end: string;
}

export type WeekdayKey = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/** A company exception: a closure (`from`..`to` not worked) or an extra working day (`from` = `to`). */
export interface CalendarException {
  id: string;
  kind: 'closure' | 'extra';
  from: string;
  to: string;
  reason: string;
  createdBy: string;
  createdAt: string;
}

/** `GET /api/calendars/:key`: a working calendar with its exceptions. */
export interface WorkingCalendarContract {
  key: string;
  name: { zh: string; en: string };
  timeZone: 'Asia/Shanghai';
  week: Record<WeekdayKey, WorkingPeriodContract[]>;
  publicHolidays: 'cn-mainland' | 'none';
  makeUpDayPeriods: WorkingPeriodContract[] | null;
  exceptions: CalendarException[];
  /** Years past the public-holiday data an admin entered and declared complete. */
  declaredYears: number[];
  /** Years answered without a gap (the data's, extended by declared years); null when the calendar follows none. */
  coveredYears: { from: number; to: number } | null;
  updatedBy: string;
  updatedAt: string;
}

/** `GET /api/calendars`. */
export interface WorkingCalendarList {
  items: Array<Omit<WorkingCalendarContract, 'exceptions'>>;
}

/** `PUT /api/calendars/:key` (admin): creates or replaces the calendar's week and holidays. */
export interface PutWorkingCalendarRequest {
  name: { zh: string; en: string };
  week: Record<WeekdayKey, WorkingPeriodContract[]>;
  publicHolidays: 'cn-mainland' | 'none';
  makeUpDayPeriods?: WorkingPeriodContract[] | null;
}

/** `POST /api/calendars/:key/exceptions` (admin). */
export interface CreateCalendarExceptionRequest {
  kind: 'closure' | 'extra';
  from: string;
  /** A closure's last day (inclusive); absent: one day. */
  to?: string;
  reason: string;
}

/** What a day is under a calendar. */
export type CalendarDayKind = 'working' | 'rest' | 'holiday' | 'make-up' | 'closure' | 'extra' | 'not-covered';

/** One day of `GET /api/calendars/:key/days`. */
export interface CalendarDay {
  date: string;
  kind: CalendarDayKind;
  /** null when the day is not covered by the public-holiday data. */
  working: boolean | null;
  periods: WorkingPeriodContract[];
  name?: { zh: string; en: string };
  reason?: string;
}

/** `GET /api/calendars/:key/days?from&to`. */
export interface CalendarDayList {
  key: string;
  from: string;
  to: string;
  items: CalendarDay[];
}
