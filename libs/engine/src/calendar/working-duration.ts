import { parseIsoDuration } from '../support/iso-duration';
import type { WorkingCalendar, Ymd } from './calendar.types';
import { instantAt, isYmd, ymdOf } from './shanghai-time';
import { addWorkingDays, endOfWorkingDay } from './working-days';
import { addWorkingTime } from './working-time';

/** A duration counted in working time: whole working days, or working hours/minutes/seconds. */
export type WorkingDuration = { unit: 'days'; days: number } | { unit: 'time'; ms: number };

/**
 * Reads `P3D` (3 working days) or `PT4H30M` (4.5 working hours). Years, months, weeks, a
 * mix of days and hours and fractional days are refused (`undefined`): they have no single
 * meaning in working time.
 *
 * @example parseWorkingDuration('PT4H') // { unit: 'time', ms: 14400000 }
 */
export function parseWorkingDuration(text: unknown): WorkingDuration | undefined {
  const d = parseIsoDuration(text);
  if (!d || d.years || d.months || d.weeks) return undefined;
  const time = d.hours * 3_600_000 + d.minutes * 60_000 + d.seconds * 1000;
  if (d.days && time) return undefined;
  if (d.days) return Number.isInteger(d.days) ? { unit: 'days', days: d.days } : undefined;
  return time > 0 ? { unit: 'time', ms: Math.round(time) } : undefined;
}

/**
 * The deadline `duration` of working time after `from` (an instant or a `yyyy-MM-dd` day).
 * Working days end at the close of the n-th working day after `from`'s day ("within 3
 * working days of the hosting date"); working time runs the clock inside working periods
 * only, from the start of the day when `from` is a bare date.
 *
 * @example workingDeadline(MON_FRI, '2026-09-30', { unit: 'days', days: 3 }) // 2026-10-13 17:00 Shanghai
 */
export function workingDeadline(calendar: WorkingCalendar, from: Date | Ymd, duration: WorkingDuration): Date {
  const day = typeof from === 'string' ? from : ymdOf(from);
  if (duration.unit === 'days') return endOfWorkingDay(calendar, addWorkingDays(calendar, day, duration.days))!;
  const start = typeof from === 'string' ? instantAt(from, '00:00') : from;
  return addWorkingTime(calendar, start, duration.ms);
}

/** Reads a context value as the moment to count from: a `yyyy-MM-dd` day or an ISO instant. */
export function readFromMoment(value: unknown): Date | Ymd | undefined {
  if (isYmd(value)) return value;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T/.test(value)) return undefined;
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? undefined : at;
}
