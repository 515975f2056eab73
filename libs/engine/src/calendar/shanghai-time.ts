import type { Weekday, Ymd } from './calendar.types';
import { WEEKDAYS } from './calendar.types';

const OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;
const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;
const HHMM = /^([01]\d|2[0-4]):([0-5]\d)$/;

/** The Asia/Shanghai day of an instant. */
export function ymdOf(at: Date): Ymd {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** True for a real `yyyy-MM-dd` date (no 2026-02-30). */
export function isYmd(value: unknown): value is Ymd {
  if (typeof value !== 'string' || !YMD.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** True for `HH:mm` between 00:00 and 24:00. */
export function isHhmm(value: unknown): value is string {
  return typeof value === 'string' && HHMM.test(value) && (value < '24:00' || value === '24:00');
}

/** Minutes after local midnight of `HH:mm`. */
export function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

/** The instant of local time `hhmm` on `ymd` in Asia/Shanghai. */
export function instantAt(ymd: Ymd, hhmm: string): Date {
  return new Date(Date.parse(`${ymd}T00:00:00Z`) - OFFSET_MS + minutesOf(hhmm) * 60_000);
}

/** `ymd` moved by `days` calendar days. */
export function addDays(ymd: Ymd, days: number): Ymd {
  return new Date(Date.parse(`${ymd}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The weekday of `ymd`. */
export function weekdayOf(ymd: Ymd): Weekday {
  const js = new Date(`${ymd}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return WEEKDAYS[(js + 6) % 7];
}

/** Monday of the ISO week (Monday–Sunday) holding `ymd`. */
export function mondayOf(ymd: Ymd): Ymd {
  return addDays(ymd, -WEEKDAYS.indexOf(weekdayOf(ymd)));
}

/** The year of `ymd`. */
export function yearOf(ymd: Ymd): number {
  return Number(ymd.slice(0, 4));
}

/** The last day of the month holding `ymd`. */
export function lastOfMonth(ymd: Ymd): Ymd {
  const [y, m] = ymd.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}
