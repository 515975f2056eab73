import { isPlainObject } from '../support/json-value';
import { WEEKDAYS } from './calendar.types';
import { isHhmm, isYmd } from './shanghai-time';

/** Stable codes of a calendar that cannot be used (the API answers 400 with them). */
export const CALENDAR_PROBLEM_CODES = [
  'calendar-invalid-week',
  'calendar-invalid-period',
  'calendar-invalid-date',
  'calendar-invalid-range',
] as const;
export type CalendarProblemCode = (typeof CALENDAR_PROBLEM_CODES)[number];

/** One problem of a calendar, at a JSON Pointer path of the checked value. */
export interface CalendarProblem {
  path: string;
  code: CalendarProblemCode;
  message: string;
}

/**
 * Problems of a list of working periods at `path`: each `{start, end}` in `HH:mm`, start
 * before end, in order and not overlapping.
 */
export function periodProblems(value: unknown, path: string): CalendarProblem[] {
  if (!Array.isArray(value)) return [{ path, code: 'calendar-invalid-period', message: 'must be a list of periods' }];
  const out: CalendarProblem[] = [];
  let previousEnd = '';
  value.forEach((p, i) => {
    const at = `${path}/${i}`;
    if (
      !isPlainObject(p) ||
      !isHhmm(p.start) ||
      !isHhmm(p.end) ||
      Object.keys(p).some((k) => k !== 'start' && k !== 'end')
    )
      return out.push({ path: at, code: 'calendar-invalid-period', message: 'must be {start, end} in HH:mm' });
    if (p.start >= p.end)
      return out.push({ path: at, code: 'calendar-invalid-period', message: 'must start before it ends' });
    if (previousEnd && p.start < previousEnd)
      out.push({ path: at, code: 'calendar-invalid-period', message: 'must start after the previous period ends' });
    previousEnd = p.end;
  });
  return out;
}

/** Problems of a working week: every weekday `mon`…`sun` with its periods (empty = rest day). */
export function weekProblems(value: unknown, path = '/week'): CalendarProblem[] {
  if (!isPlainObject(value))
    return [{ path, code: 'calendar-invalid-week', message: 'must be an object keyed mon…sun' }];
  const out: CalendarProblem[] = [];
  for (const key of Object.keys(value))
    if (!(WEEKDAYS as readonly string[]).includes(key))
      out.push({ path: `${path}/${key}`, code: 'calendar-invalid-week', message: 'is not a weekday (mon…sun)' });
  for (const day of WEEKDAYS) {
    if (value[day] === undefined)
      out.push({
        path: `${path}/${day}`,
        code: 'calendar-invalid-week',
        message: 'is required (an empty list is a rest day)',
      });
    else out.push(...periodProblems(value[day], `${path}/${day}`));
  }
  if (out.length === 0 && WEEKDAYS.every((d) => (value[d] as unknown[]).length === 0))
    out.push({ path, code: 'calendar-invalid-week', message: 'must have at least one working day' });
  return out;
}

/** Problems of a date range `{from, to}` (inclusive, `yyyy-MM-dd`); `to` may be absent (one day). */
export function rangeProblems(from: unknown, to: unknown, path = ''): CalendarProblem[] {
  const out: CalendarProblem[] = [];
  if (!isYmd(from))
    out.push({ path: `${path}/from`, code: 'calendar-invalid-date', message: 'must be a date yyyy-MM-dd' });
  if (to !== undefined && !isYmd(to))
    out.push({ path: `${path}/to`, code: 'calendar-invalid-date', message: 'must be a date yyyy-MM-dd' });
  if (out.length === 0 && to !== undefined && (to as string) < (from as string))
    out.push({ path: `${path}/to`, code: 'calendar-invalid-range', message: 'must not be before from' });
  return out;
}
