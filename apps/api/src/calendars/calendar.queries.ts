import { calendarKeyOf, type WorkflowSpec, type WorkingCalendar } from '@liucheng/engine';
import { rows, type Tx } from '../common/transaction';
import type { DataSource } from 'typeorm';
import {
  CALENDAR_SELECT,
  EXCEPTION_SELECT,
  toWorkingCalendar,
  type CalendarRow,
  type ExceptionRow,
} from './calendar.rows';

/**
 * The stored calendar `key` with its closures and extra days, in one round trip (steps read it on
 * the event path); null when there is none.
 */
export async function loadWorkingCalendar(q: Tx | DataSource, key: string): Promise<WorkingCalendar | null> {
  const [row] = await rows<CalendarRow & { exceptions: ExceptionRow[] }>(
    q,
    `SELECT c.*, COALESCE((SELECT json_agg(e ORDER BY e.starts_on) FROM (${EXCEPTION_SELECT} WHERE calendar_key = c.key) e),
       '[]'::json) AS exceptions
     FROM (${CALENDAR_SELECT} WHERE key = $1) c`,
    [key],
  );
  return row ? toWorkingCalendar(row, row.exceptions) : null;
}

/** A publish problem when the draft names (or defaults to) a calendar that is not stored. */
export async function unknownCalendarProblem(q: Tx | DataSource, spec: Record<string, unknown>) {
  const meta = (spec.meta ?? {}) as WorkflowSpec['meta'];
  const uses = meta.calendar !== undefined || (meta.delays !== undefined && Object.keys(meta.delays).length > 0);
  if (!uses) return null;
  const key = calendarKeyOf({ meta });
  const found = await rows(q, `SELECT 1 FROM working_calendars WHERE key = $1`, [key]);
  if (found.length) return null;
  return {
    path: 'meta.calendar',
    code: 'unknown-calendar',
    params: { calendar: key },
    severity: 'error' as const,
    message: `names no working calendar: ${key}`,
  };
}

/**
 * The calendar a step of `spec` counts its working-time delays in, read in the step's own
 * transaction; undefined (no query) for a definition without `meta.delays`, or when the key is
 * not stored (the engine then uses the shipped calendar of that key or refuses `calendar-unknown`).
 */
export async function calendarForSpec(q: Tx | DataSource, spec: WorkflowSpec): Promise<WorkingCalendar | undefined> {
  const delays = spec.meta.delays;
  if (!delays || Object.keys(delays).length === 0) return undefined;
  return (await loadWorkingCalendar(q, calendarKeyOf(spec))) ?? undefined;
}
