// Date-times of the audit view in Asia/Shanghai whatever the reader's machine says (the column
// titles say so): an audit compares times with the records of a company in China.
import type { AppLanguage } from '../i18n/language';

/** @example formatShanghai('2026-05-04T17:00:00.000Z', 'zh-CN') // '2026年5月5日 01:00:00' */
export function formatShanghai(iso: string | null | undefined, language: AppLanguage): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZone: 'Asia/Shanghai',
  }).format(date);
}
