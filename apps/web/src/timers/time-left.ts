// How far a due time is from now, rounded to the unit that reads best: "还剩 2 小时" / "已超时 1 天".

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface TimeLeft {
  overdue: boolean;
  unit: 'minute' | 'hour' | 'day';
  count: number;
}

/**
 * The distance from `now` (ms since epoch) to `dueAt`; overdue once `now` has reached it.
 * Rounded down, so "还剩 1 天" is never said of 23 hours; at least 1 of the unit.
 * @example timeLeft('2026-03-01T02:00:00Z', Date.parse('2026-03-01T00:00:00Z')) // { overdue: false, unit: 'hour', count: 2 }
 */
export function timeLeft(dueAt: string, now: number): TimeLeft | null {
  const due = Date.parse(dueAt);
  if (Number.isNaN(due)) return null;
  const diff = due - now;
  const size = Math.abs(diff);
  const [unit, ms] =
    size >= DAY ? (['day', DAY] as const) : size >= HOUR ? (['hour', HOUR] as const) : (['minute', MINUTE] as const);
  return { overdue: diff <= 0, unit, count: Math.max(1, Math.floor(size / ms)) };
}

/** Date and time in Asia/Shanghai, whatever the reader's own zone. */
export function formatShanghai(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Shanghai',
  }).format(date);
}
