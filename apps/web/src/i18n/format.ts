// Dates and values shown to users, formatted for the UI language.
import type { AppLanguage } from './language';

/**
 * Formats an ISO timestamp as a date-time in Asia/Shanghai, whatever the reader's machine is set
 * to (deadlines and history are read against Beijing time); empty becomes "—", invalid stays as it is.
 * @example formatDateTime('2026-12-01T16:30:00Z', 'zh-CN') // '2026年12月2日 00:30:00'
 */
export function formatDateTime(iso: string | null | undefined, language: AppLanguage): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: 'medium',
    timeZone: 'Asia/Shanghai',
  }).format(date);
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

/**
 * A calendar date (`YYYY-MM-DD`, no time zone) in words; anything else is returned as it is.
 * @example formatDate('2026-12-01', 'zh-CN') // '2026年12月1日'
 */
export function formatDate(value: string, language: AppLanguage): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

const DURATION_UNITS = [
  ['years', '年', 'year'],
  ['months', '个月', 'month'],
  ['weeks', '周', 'week'],
  ['days', '天', 'day'],
  ['hours', '小时', 'hour'],
  ['minutes', '分钟', 'minute'],
  ['seconds', '秒', 'second'],
] as const;

const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/**
 * An ISO-8601 duration in words; anything else is returned as it is.
 * @example formatDuration('P3D', 'zh-CN') // '3天'
 * @example formatDuration('P1DT2H', 'en') // '1 day 2 hours'
 */
export function formatDuration(value: string, language: AppLanguage): string {
  const match = DURATION.exec(value);
  if (!match || value === 'P' || value.endsWith('T')) return value;
  const parts = DURATION_UNITS.flatMap(([, zh, en], index) => {
    const n = Number(match[index + 1] ?? 0);
    if (!n) return [];
    return [language === 'en' ? `${n} ${en}${n === 1 ? '' : 's'}` : `${n}${zh}`];
  });
  if (!parts.length) return language === 'en' ? '0 days' : '0天';
  return parts.join(language === 'en' ? ' ' : '');
}
