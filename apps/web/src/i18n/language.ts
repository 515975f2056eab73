// The UI language: zh-CN by default, the user's choice remembered in localStorage.
export type AppLanguage = 'zh-CN' | 'en';

export const LANGUAGES: readonly AppLanguage[] = ['zh-CN', 'en'];
const STORAGE_KEY = 'liucheng.language';

/** Reads the remembered language, falling back to zh-CN for anything unknown. */
export function loadLanguage(): AppLanguage {
  const stored = safeStorage()?.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'zh-CN';
}

/** Remembers the chosen language for the next visit. */
export function saveLanguage(language: AppLanguage): void {
  safeStorage()?.setItem(STORAGE_KEY, language);
}

/** Narrows i18next's free-form language code to one of ours. */
export function toAppLanguage(code: string | undefined): AppLanguage {
  return code?.startsWith('en') ? 'en' : 'zh-CN';
}

// localStorage can throw (privacy modes); the app still works without memory.
function safeStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
