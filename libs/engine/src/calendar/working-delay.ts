import { getAt } from '../support/field-path';
import { isPlainObject } from '../support/json-value';
import type { WorkingCalendar, Ymd } from './calendar.types';
import { ymdOf } from './shanghai-time';
import { endOfWorkingDay, endOfWorkingWeek, lastWorkingDayOfMonth } from './working-days';
import { parseWorkingDuration, readFromMoment, workingDeadline } from './working-duration';

/** Deadlines a `meta.delays` entry may name instead of a duration. */
export const WORKING_UNTIL = ['end-of-working-day', 'end-of-working-week', 'end-of-working-month'] as const;
export type WorkingUntil = (typeof WORKING_UNTIL)[number];

/**
 * A named delay in working time (`meta.delays.<name>`), referenced by an `after` key or a
 * task's `due`. `working` is `P3D` / `PT4H` or `context.<path>` holding one; `until` is a
 * calendar boundary. `from` is `entry` (the state's entry, the default) or `context.<path>`
 * holding a `yyyy-MM-dd` day or an ISO instant.
 *
 * @example { "working": "P3D", "from": "context.hostedOn" }
 * @example { "until": "end-of-working-week", "from": "context.weekEnding" }
 */
export type WorkingDelaySpec = { working: string; from?: string } | { until: WorkingUntil; from?: string };

/** Why a working delay could not be computed from the instance's data. */
export class WorkingDelayValueError extends Error {
  constructor(
    readonly contextPath: string,
    readonly expected: 'working-duration' | 'date',
  ) {
    super(
      expected === 'date'
        ? `context.${contextPath} must hold a date (yyyy-MM-dd) or an ISO-8601 instant`
        : `context.${contextPath} must hold a working duration (P3D or PT4H)`,
    );
    this.name = 'WorkingDelayValueError';
  }
}

const CONTEXT_PATH = /^context(\.[^.\s]+)+$/;

/** True when `value` is `context.<path>`. */
export function isContextRef(value: unknown): value is string {
  return typeof value === 'string' && CONTEXT_PATH.test(value);
}

/** Problems of one `meta.delays` entry as `[subpath, message]`; empty when it is well-formed. */
export function workingDelayProblems(value: unknown): Array<[string, string]> {
  if (!isPlainObject(value)) return [['', 'must be {working, from?} or {until, from?}']];
  const out: Array<[string, string]> = [];
  const keys = Object.keys(value).filter((k) => !['working', 'until', 'from'].includes(k));
  if (keys.length) out.push([keys[0], 'is not a working-delay field (working, until, from)']);
  const hasWorking = value.working !== undefined;
  const hasUntil = value.until !== undefined;
  if (hasWorking === hasUntil) out.push(['', 'needs exactly one of working or until']);
  if (hasWorking && !isContextRef(value.working) && !parseWorkingDuration(value.working))
    out.push(['working', 'must be whole working days (P3D), working time (PT4H30M) or "context.<path>"']);
  if (hasUntil && !WORKING_UNTIL.includes(value.until as WorkingUntil))
    out.push(['until', `must be one of ${WORKING_UNTIL.join(', ')}`]);
  if (value.from !== undefined && value.from !== 'entry' && !isContextRef(value.from))
    out.push(['from', 'must be "entry" or "context.<path>"']);
  return out;
}

function fromMoment(spec: WorkingDelaySpec, context: unknown, entered: Date): Date | Ymd {
  if (!spec.from || spec.from === 'entry') return entered;
  const path = spec.from.slice('context.'.length);
  const moment = readFromMoment(getAt(context, path));
  if (moment === undefined) throw new WorkingDelayValueError(path, 'date');
  return moment;
}

/**
 * The instant a working delay falls due, for a state entered at `entered` with `context`.
 * Throws WorkingDelayValueError for missing data, CalendarNotCoveredError past the holiday data.
 *
 * @example workingDelayDue({ working: 'P3D', from: 'context.hostedOn' }, MON_FRI, { hostedOn: '2026-09-29' }, now)
 */
export function workingDelayDue(
  spec: WorkingDelaySpec,
  calendar: WorkingCalendar,
  context: unknown,
  entered: Date,
): Date {
  const from = fromMoment(spec, context, entered);
  if ('until' in spec) {
    const day = typeof from === 'string' ? from : ymdOf(from);
    if (spec.until === 'end-of-working-week') return endOfWorkingWeek(calendar, day);
    const last = spec.until === 'end-of-working-day' ? day : lastWorkingDayOfMonth(calendar, day);
    const end = last ? endOfWorkingDay(calendar, last) : undefined;
    // A rest day (or a month without work) ends with the next working day.
    return end ?? workingDeadline(calendar, day, { unit: 'days', days: 0 });
  }
  const raw = isContextRef(spec.working) ? getAt(context, spec.working.slice('context.'.length)) : spec.working;
  const duration = parseWorkingDuration(raw);
  if (!duration) throw new WorkingDelayValueError(String(spec.working).slice('context.'.length), 'working-duration');
  return workingDeadline(calendar, from, duration);
}
