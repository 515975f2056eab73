/** Problem code when a date falls in a year the public-holiday data does not cover yet. */
export const CALENDAR_YEAR_NOT_COVERED = 'calendar-year-not-covered';

/**
 * The calendar cannot say whether a day is worked: its public-holiday source has no data
 * for that year yet (the State Council publishes each year's holidays in November/December).
 * Thrown instead of guessing from the weekday.
 */
export class CalendarNotCoveredError extends Error {
  readonly code = CALENDAR_YEAR_NOT_COVERED;
  constructor(
    readonly calendarKey: string,
    readonly year: number,
    readonly covered: { from: number; to: number },
  ) {
    super(`Calendar ${calendarKey} has no public-holiday data for ${year} (covered ${covered.from}–${covered.to})`);
    this.name = 'CalendarNotCoveredError';
  }
}
