/** A calendar day in Asia/Shanghai, `yyyy-MM-dd`. */
export type Ymd = string;

/** Weekdays as the calendar's `week` keys (ISO order, Monday first). */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** One stretch of working time within a day, `HH:mm`–`HH:mm` local time, `start < end`. */
export interface WorkingPeriod {
  start: string;
  end: string;
}

/** A company closure (e.g. an office move): every day `from`..`to` inclusive is not worked. */
export interface CalendarClosure {
  from: Ymd;
  to: Ymd;
  reason: string;
}

/** A day an admin made a working day (e.g. a stock-taking Sunday). */
export interface CalendarExtraDay {
  date: Ymd;
  reason: string;
  /** Hours worked that day; the calendar's make-up day hours when absent. */
  periods?: WorkingPeriod[];
}

/** Which public holidays and make-up working days (调休) the calendar follows. */
export type PublicHolidaySource = 'cn-mainland' | 'none';

/**
 * A working calendar as plain data: the working week, the public holidays it follows and
 * the company's own closures and extra working days. Configuration, never code.
 */
export interface WorkingCalendar {
  key: string;
  name: { zh: string; en: string };
  /** Only Asia/Shanghai (UTC+8 all year, no daylight saving since 1991). */
  timeZone: 'Asia/Shanghai';
  /** Working periods per weekday on an ordinary week; an empty list is a rest day. */
  week: Record<Weekday, WorkingPeriod[]>;
  publicHolidays: PublicHolidaySource;
  /** Hours of a make-up working day (调休上班) or an extra day; Monday's hours when absent. */
  makeUpDayPeriods?: WorkingPeriod[];
  closures: CalendarClosure[];
  extraWorkingDays: CalendarExtraDay[];
  /**
   * Years past the public-holiday data that an admin has entered the holidays (as closures) and
   * make-up days (as extra working days) for, and declared complete: the calendar answers for them
   * from the company's own record until the package publishes the year.
   */
  declaredYears?: number[];
}

/** Why a day is or is not worked. */
export type DayKind =
  | 'working' // an ordinary working day of the week
  | 'rest' // an ordinary rest day of the week (weekend)
  | 'holiday' // a public holiday (法定节假日 or its 调休 days off)
  | 'make-up' // a make-up working day (调休上班) on what would be a rest day
  | 'closure' // a company closure
  | 'extra'; // an extra working day added by an admin

/** What the calendar says about one day. */
export interface DayStatus {
  date: Ymd;
  kind: DayKind;
  working: boolean;
  /** Local working periods of the day (empty when not working). */
  periods: WorkingPeriod[];
  /** The holiday's or make-up day's name, or the closure's / extra day's reason. */
  name?: { zh: string; en: string };
  reason?: string;
}

/** An instant-to-instant stretch of working time (UTC instants). */
export interface WorkingInterval {
  start: Date;
  end: Date;
}
