// Dates and values shown to users, formatted for the UI language.
import type { AppLanguage } from './language';

/** Formats an ISO timestamp as a local date-time; an empty or invalid value becomes "—". */
export function formatDateTime(iso: string | null | undefined, language: AppLanguage): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' }).format(date);
}
