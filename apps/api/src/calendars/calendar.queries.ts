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

/** The stored calendar `key` with its closures and extra days; null when there is none. */
export async function loadWorkingCalendar(q: Tx | DataSource, key: string): Promise<WorkingCalendar | null> {
  const [row] = await rows<CalendarRow>(q, `${CALENDAR_SELECT} WHERE key = $1`, [key]);
  if (!row) return null;
  const exceptions = await rows<ExceptionRow>(q, `${EXCEPTION_SELECT} WHERE calendar_key = $1 ORDER BY starts_on`, [
    key,
  ]);
  return toWorkingCalendar(row, exceptions);
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
