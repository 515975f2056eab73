// Pure: display names from a list of users, in the UI language (the English name in en when the
// user has one), falling back to the username for anyone not listed.
import type { AppLanguage } from '../i18n/language';

/** What a display name needs of a user: `GET /api/directory` items and `User` both have it. */
export interface DirectoryEntry {
  username: string;
  displayName: string;
  displayNameEn?: string | null;
  active?: boolean;
}

/** The engine's own actor (timers, resolved approvers, scheduled starts), as readers call it. */
const SYSTEM_ACTOR = 'system';
const SYSTEM_NAME: Record<AppLanguage, string> = { 'zh-CN': '系统', en: 'System' };

/** The reader's word for `system`, or undefined for anyone else. */
export function systemActorName(username: string, language: AppLanguage): string | undefined {
  return username === SYSTEM_ACTOR ? SYSTEM_NAME[language] : undefined;
}

/**
 * @example displayNameOf('system', [], 'zh-CN') // '系统'
 * @example displayNameOf('staff', [{ username: 'staff', displayName: '张三', displayNameEn: 'Zhang San' }], 'en') // 'Zhang San'
 * @example displayNameOf('ghost', [], 'zh-CN') // 'ghost'
 */
export function displayNameOf(
  username: string,
  entries: readonly DirectoryEntry[] | undefined,
  language: AppLanguage,
): string {
  const system = systemActorName(username, language);
  if (system) return system;
  const entry = entries?.find((candidate) => candidate.username === username);
  if (!entry) return username;
  const name = language === 'en' ? entry.displayNameEn || entry.displayName : entry.displayName;
  return name || username;
}

/** The `items` of a directory answer, or undefined when the answer is not one (an HTML page, say). */
export function directoryItems(answer: unknown): DirectoryEntry[] | undefined {
  const items = (answer as { items?: unknown } | undefined)?.items;
  if (!Array.isArray(items)) return undefined;
  return items.filter(
    (item): item is DirectoryEntry =>
      typeof item === 'object' && item !== null && typeof (item as DirectoryEntry).username === 'string',
  );
}
