/**
 * ISO-8601 durations (`PnYnMnWnDTnHnMnS`). Years and months are calendar units: added to a
 * base date they move the calendar (clamped to the month's last day, so P1M from 31 Jan is
 * 28/29 Feb); without a base date they count as 365 and 30 days. Weeks, days and smaller
 * units are exact (a day is 24 h, UTC).
 */
export interface IsoDuration {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

const PATTERN =
  /^P(?!$)(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?=\d)(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Parses an ISO-8601 duration; `undefined` when the text is not one.
 *
 * @example parseIsoDuration('P1DT2H') // { days: 1, hours: 2, ...zeros }
 */
export function parseIsoDuration(text: unknown): IsoDuration | undefined {
  if (typeof text !== 'string') return undefined;
  const m = PATTERN.exec(text);
  if (!m) return undefined;
  const n = (i: number) => (m[i] === undefined ? 0 : Number(m[i]));
  return { years: n(1), months: n(2), weeks: n(3), days: n(4), hours: n(5), minutes: n(6), seconds: n(7) };
}

/** True when `text` is an ISO-8601 duration. */
export function isIsoDuration(text: unknown): boolean {
  return parseIsoDuration(text) !== undefined;
}

/** Milliseconds of the exact part (weeks and smaller). */
function exactMs(d: IsoDuration): number {
  return Math.round(d.weeks * 7 * DAY + d.days * DAY + d.hours * HOUR + d.minutes * MINUTE + d.seconds * SECOND);
}

/**
 * `base + duration`, calendar-correct for years and months (UTC).
 *
 * @example addIsoDuration(new Date('2026-01-31T00:00:00Z'), 'P1M') // 2026-02-28T00:00:00.000Z
 */
export function addIsoDuration(base: Date, duration: string | IsoDuration): Date {
  const d = typeof duration === 'string' ? parseIsoDuration(duration) : duration;
  if (!d) throw new Error(`Not an ISO-8601 duration: ${String(duration)}`);
  const wholeMonths = Math.trunc(d.years * 12 + d.months);
  const fractionMs = Math.round((d.years * 12 + d.months - wholeMonths) * 30 * DAY);
  const date = new Date(base.getTime());
  if (wholeMonths !== 0) {
    const day = date.getUTCDate();
    date.setUTCDate(1);
    date.setUTCMonth(date.getUTCMonth() + wholeMonths);
    const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
    date.setUTCDate(Math.min(day, lastDay));
  }
  return new Date(date.getTime() + fractionMs + exactMs(d));
}

/**
 * Milliseconds of a duration: from `base` when given (calendar-correct), else with
 * a year of 365 days and a month of 30 days.
 *
 * @example isoDurationToMs('PT4H') // 14400000
 */
export function isoDurationToMs(duration: string | IsoDuration, base?: Date): number {
  const d = typeof duration === 'string' ? parseIsoDuration(duration) : duration;
  if (!d) throw new Error(`Not an ISO-8601 duration: ${String(duration)}`);
  if (base) return addIsoDuration(base, d).getTime() - base.getTime();
  return Math.round(d.years * 365 * DAY + d.months * 30 * DAY) + exactMs(d);
}
