import type { CalendarException, WorkingCalendarContract } from '@liucheng/contracts';
import { coveredYears, type WorkingCalendar, type WorkingPeriod } from '@liucheng/engine';

/** A `working_calendars` row as selected by {@link CALENDAR_SELECT}. */
export interface CalendarRow {
  key: string;
  name_zh: string;
  name_en: string;
  week: WorkingCalendar['week'];
  public_holidays: WorkingCalendar['publicHolidays'];
  make_up_day_periods: WorkingPeriod[] | null;
  declared_years: number[];
  updated_by: string;
  updated_at: Date;
}

/** A `calendar_exceptions` row as selected by {@link EXCEPTION_SELECT}. */
export interface ExceptionRow {
  id: string;
  calendar_key: string;
  kind: 'closure' | 'extra';
  starts_on: string;
  ends_on: string;
  reason: string;
  created_by: string;
  created_at: Date;
}

export const CALENDAR_SELECT = `SELECT key, name_zh, name_en, week, public_holidays, make_up_day_periods, declared_years, updated_by, updated_at
  FROM working_calendars`;

// Dates as text: `date` columns must not pass through a JS Date (time zone shifts).
export const EXCEPTION_SELECT = `SELECT id, calendar_key, kind, to_char(starts_on, 'YYYY-MM-DD') AS starts_on,
  to_char(ends_on, 'YYYY-MM-DD') AS ends_on, reason, created_by, created_at FROM calendar_exceptions`;

/** The engine's plain-data calendar: the row and its exceptions. */
export function toWorkingCalendar(row: CalendarRow, exceptions: ExceptionRow[]): WorkingCalendar {
  return {
    key: row.key,
    name: { zh: row.name_zh, en: row.name_en },
    timeZone: 'Asia/Shanghai',
    week: row.week,
    publicHolidays: row.public_holidays,
    ...(row.make_up_day_periods ? { makeUpDayPeriods: row.make_up_day_periods } : {}),
    ...(row.declared_years.length ? { declaredYears: row.declared_years } : {}),
    closures: exceptions
      .filter((e) => e.kind === 'closure')
      .map((e) => ({ from: e.starts_on, to: e.ends_on, reason: e.reason })),
    extraWorkingDays: exceptions
      .filter((e) => e.kind === 'extra')
      .map((e) => ({ date: e.starts_on, reason: e.reason })),
  };
}

export function toException(row: ExceptionRow): CalendarException {
  return {
    id: row.id,
    kind: row.kind,
    from: row.starts_on,
    to: row.ends_on,
    reason: row.reason,
    createdBy: row.created_by,
    createdAt: row.created_at.toISOString(),
  };
}

/** The answer of `GET /api/calendars/:key` (without exceptions for the list). */
export function toCalendarContract(row: CalendarRow): Omit<WorkingCalendarContract, 'exceptions'> {
  const calendar = toWorkingCalendar(row, []);
  return {
    key: row.key,
    name: calendar.name,
    timeZone: 'Asia/Shanghai',
    week: row.week,
    publicHolidays: row.public_holidays,
    makeUpDayPeriods: row.make_up_day_periods,
    declaredYears: row.declared_years,
    coveredYears: coveredYears(calendar) ?? null,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at.toISOString(),
  };
}
