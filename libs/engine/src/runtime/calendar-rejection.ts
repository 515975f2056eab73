import { CalendarNotCoveredError } from '../calendar/calendar-not-covered.error';
import { WorkingDelayValueError } from '../calendar/working-delay';
import { NoWorkingTimeError } from '../calendar/working-time';
import { UnknownCalendarError } from './calendar-scope';
import { EventRejectedError, refusal } from './engine.errors';

/** The calendar errors a working-time delay can raise while a step runs. */
export function isCalendarError(e: unknown): e is Error {
  return (
    e instanceof CalendarNotCoveredError ||
    e instanceof UnknownCalendarError ||
    e instanceof NoWorkingTimeError ||
    e instanceof WorkingDelayValueError
  );
}

/**
 * A calendar error as the event's rejection: missing data for a working delay is `invalid-data`
 * naming the context field; a year the holiday data does not cover (`calendar-year-not-covered`),
 * an unknown calendar or one without working time is refused with that code, nothing guessed.
 */
export function calendarRejection(e: unknown, eventType: string): unknown {
  if (e instanceof WorkingDelayValueError) {
    const path = `/${e.contextPath.split('.').join('/')}`;
    const code = e.expected === 'date' ? 'invalid-date' : 'invalid-duration';
    return new EventRejectedError(
      'invalid-data',
      eventType,
      [],
      [{ path, code, params: { field: e.contextPath }, severity: 'error', message: e.message }],
    );
  }
  if (e instanceof CalendarNotCoveredError)
    return refusal(eventType, e.code, e.message, { calendar: e.calendarKey, year: e.year, ...e.covered });
  if (e instanceof UnknownCalendarError || e instanceof NoWorkingTimeError)
    return refusal(eventType, e.code, e.message, { calendar: e.calendarKey });
  return e;
}

/** Runs a start/step, turning calendar errors into rejections. */
export function rejectingCalendarErrors<T>(eventType: string, run: () => T): T {
  try {
    return run();
  } catch (e) {
    throw calendarRejection(e, eventType);
  }
}
