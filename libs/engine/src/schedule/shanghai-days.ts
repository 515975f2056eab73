/** Calendar-day arithmetic in Asia/Shanghai (UTC+8 all year, no daylight saving). */
const OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** `yyyy-MM-dd` of `at` in Asia/Shanghai. */
export function dayOf(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** The day `n` days after `ymd` (negative: before). */
export function addDays(ymd: string, n: number): string {
  return new Date(Date.parse(`${ymd}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday: 1 Monday … 7 Sunday. */
export function weekday(ymd: string): number {
  return new Date(`${ymd}T00:00:00Z`).getUTCDay() || 7;
}

/** Monday of the week of `ymd`. */
export function weekStart(ymd: string): string {
  return addDays(ymd, 1 - weekday(ymd));
}

/** The last day of the month of `ymd`. */
export function monthEnd(ymd: string): string {
  const [y, m] = ymd.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** The instant `HH:mm` on `ymd` in Asia/Shanghai. */
export function atTime(ymd: string, time: string): Date {
  return new Date(Date.parse(`${ymd}T${time}:00+08:00`));
}

export const CLOCK_TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;
