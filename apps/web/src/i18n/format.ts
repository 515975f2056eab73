// Dates and values shown to users, formatted for the UI language.
import type { AppLanguage } from './language';

/** Formats an ISO timestamp as a local date-time; an empty or invalid value becomes "—". */
export function formatDateTime(iso: string | null | undefined, language: AppLanguage): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' }).format(date);
}

/**
 * Formats an amount of yuan with the ¥ sign, thousands separators and two decimals in every language
 * (Intl's CNY currency style would write "CN¥" in English); a non-number is shown as it is.
 * @example formatMoney(1234, 'en') // '¥1,234.00'
 */
export function formatMoney(value: unknown, language: AppLanguage): string {
  const amount = typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value) : NaN;
  if (!Number.isFinite(amount)) return value === null || value === undefined || value === '' ? '—' : String(value);
  const digits = new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return `${amount < 0 ? '-' : ''}¥${digits.format(Math.abs(amount))}`;
}

/** Formats a date (a `yyyy-MM-dd` day or an ISO timestamp) without the time; invalid text stays as it is. */
export function formatDate(value: string | null | undefined, language: AppLanguage): string {
  if (!value) return '—';
  // A bare day is a calendar date, not midnight UTC: read it as local so it does not shift a day.
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(date);
}
