// Due dates for the inbox: is a task overdue or due soon, and "in 3 days" / "3 天后" text.
import type { AppLanguage } from '../i18n/language';

export type DueLevel = 'none' | 'later' | 'soon' | 'overdue';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** A task due within this window is flagged "due soon". */
export const DUE_SOON_MS = DAY;

/**
 * How urgent a due date is at `now` (ms since epoch): overdue once `now` has passed it.
 * @example dueLevel('2026-03-01T00:00:00Z', Date.parse('2026-03-02T00:00:00Z')) // 'overdue'
 */
export function dueLevel(dueAt: string | null | undefined, now: number): DueLevel {
  if (!dueAt) return 'none';
  const due = Date.parse(dueAt);
  if (Number.isNaN(due)) return 'none';
  if (due <= now) return 'overdue';
  return due - now <= DUE_SOON_MS ? 'soon' : 'later';
}

/**
 * The distance from `now` to `at` in the language, in minutes, hours or days (whichever reads best).
 * @example relativeTime('2026-03-04T00:00:00Z', Date.parse('2026-03-01T00:00:00Z'), 'en') // 'in 3 days'
 */
export function relativeTime(at: string, now: number, language: AppLanguage): string {
  const diff = Date.parse(at) - now;
  if (Number.isNaN(diff)) return at;
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  const size = Math.abs(diff);
  if (size < HOUR) return format.format(Math.round(diff / MINUTE), 'minute');
  if (size < DAY) return format.format(Math.round(diff / HOUR), 'hour');
  return format.format(Math.round(diff / DAY), 'day');
}
