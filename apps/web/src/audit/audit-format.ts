// Date-times of the audit view in Asia/Shanghai whatever the reader's machine says: an audit
// compares times with the records of a company in China.
import type { AppLanguage } from '../i18n/language';

/** @example formatShanghai('2026-05-04T17:00:00.000Z', 'zh-CN') // '2026年5月5日 01:00:00' */
export function formatShanghai(iso: string | null | undefined, language: AppLanguage): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: 'medium',
    timeZone: 'Asia/Shanghai',
    hour12: false,
  }).format(date);
}
