import type { WorkingCalendar } from '../calendar/calendar.types';
import { DEFAULT_CALENDAR_KEY, SHIPPED_CALENDARS } from '../calendar/shipped-calendars';
import type { WorkflowSpec } from '../definition/definition.types';

/** What a start/step gets besides the event: the definition's working calendar (with the company's closures). */
export interface StepOptions {
  calendar?: WorkingCalendar;
}

/** The definition's calendar was neither given nor shipped. */
export class UnknownCalendarError extends Error {
  readonly code = 'calendar-unknown';
  constructor(readonly calendarKey: string) {
    super(`Calendar ${calendarKey} is not known`);
    this.name = 'UnknownCalendarError';
  }
}

// Like the step scope: start/step are synchronous, so the calendar of the running one can live
// here, set and restored around it; delays and task dues read it while XState runs.
let current: WorkingCalendar | undefined;

/** Runs `run` with `calendar` as the running step's calendar (nesting-safe). */
export function withCalendar<T>(calendar: WorkingCalendar | undefined, run: () => T): T {
  const outer = current;
  current = calendar;
  try {
    return run();
  } finally {
    current = outer;
  }
}

/** The key of the definition's calendar: `meta.calendar`, else `mon-fri`. */
export function calendarKeyOf(spec: Pick<WorkflowSpec, 'meta'>): string {
  return typeof spec.meta?.calendar === 'string' ? spec.meta.calendar : DEFAULT_CALENDAR_KEY;
}

/**
 * The calendar a working delay of `spec` counts in: the one the caller passed when its key is
 * the definition's, else the shipped calendar of that key (replay, tests).
 */
export function calendarFor(spec: Pick<WorkflowSpec, 'meta'>): WorkingCalendar {
  const key = calendarKeyOf(spec);
  if (current?.key === key) return current;
  const shipped = SHIPPED_CALENDARS.find((c) => c.key === key);
  if (!shipped) throw new UnknownCalendarError(key);
  return shipped;
}
