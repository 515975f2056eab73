// Pure: a month of calendar days laid out Monday-first in weeks, and month arithmetic on `yyyy-MM`.
import type { CalendarDay } from '@liucheng/contracts';
import type { AppLanguage } from '../i18n/language';

/** `yyyy-MM` of a `yyyy-MM-dd` day. */
export const monthOf = (ymd: string): string => ymd.slice(0, 7);

/** The month `delta` months after `month` (`yyyy-MM`). */
export function addMonths(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The first and last day of a month, `yyyy-MM-dd`. */
export function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

/** Monday = 0 … Sunday = 6 of a `yyyy-MM-dd` day. */
export function weekdayIndex(ymd: string): number {
  return (new Date(`${ymd}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/**
 * The month's days in weeks of seven, Monday first; cells before the 1st and after the last day
 * are null.
 * @example monthWeeks(days)[0] // [null, null, null, {date: '2026-10-01', …}, …]
 */
export function monthWeeks(days: readonly CalendarDay[]): Array<Array<CalendarDay | null>> {
  if (days.length === 0) return [];
  const cells: Array<CalendarDay | null> = [...Array(weekdayIndex(days[0].date)).fill(null), ...days];
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: Array<Array<CalendarDay | null>> = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** Counts of each kind in the month (working days, holidays, …). */
export function kindCounts(days: readonly CalendarDay[]): Partial<Record<CalendarDay['kind'], number>> {
  const counts: Partial<Record<CalendarDay['kind'], number>> = {};
  for (const day of days) counts[day.kind] = (counts[day.kind] ?? 0) + 1;
  return counts;
}

/** Today's month in Beijing. */
export function currentMonth(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 7);
}

/**
 * A month in words for the UI language.
 * @example formatMonth('2026-10', 'zh-CN') // '2026年10月'
 */
export function formatMonth(month: string, language: AppLanguage): string {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, 1)),
  );
}
