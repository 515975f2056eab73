import chineseDays from 'chinese-days/dist/chinese-days.json';
import type { Ymd } from './calendar.types';

/** A day the public-holiday data names: a holiday (day off) or a make-up working day (调休上班). */
export interface PublicDay {
  kind: 'holiday' | 'make-up';
  name: { zh: string; en: string };
}

/** The `chinese-days` tables: `yyyy-MM-dd` → `"English,中文,n"`. */
const table = chineseDays as { holidays: Record<string, string>; workdays: Record<string, string> };

function parseName(value: string): { zh: string; en: string } {
  const [en = '', zh = ''] = value.split(',');
  return { zh, en };
}

function yearsOf(keys: string[]): { from: number; to: number } {
  const years = keys.map((k) => Number(k.slice(0, 4)));
  return { from: Math.min(...years), to: Math.max(...years) };
}

/**
 * Years the installed `chinese-days` release publishes holidays for (2004–2026 in 1.5.7).
 * Read from the data itself so a package update widens it without a code change.
 */
export const CN_MAINLAND_COVERED = yearsOf(Object.keys(table.holidays));

/** The mainland-China public day on `ymd`, if it is one. */
export function cnMainlandDay(ymd: Ymd): PublicDay | undefined {
  const holiday = table.holidays[ymd];
  if (holiday) return { kind: 'holiday', name: parseName(holiday) };
  const workday = table.workdays[ymd];
  if (workday) return { kind: 'make-up', name: parseName(workday) };
  return undefined;
}
