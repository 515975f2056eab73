// i18next set-up: both message trees loaded eagerly (they are small), language from localStorage.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { loadLanguage, saveLanguage, toAppLanguage, type AppLanguage } from './language';
import { zhCN } from './zh-CN';

/** Initialises i18next once; returns the instance for the provider. */
export function initI18n(): typeof i18next {
  const language = loadLanguage();
  void i18next.use(initReactI18next).init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng: language,
    fallbackLng: 'zh-CN',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

/** Switches the language, remembers it and updates <html lang>. */
export async function changeLanguage(language: AppLanguage): Promise<void> {
  await i18next.changeLanguage(language);
  saveLanguage(language);
  document.documentElement.lang = language;
}

/** The current language as one of ours. */
export function currentLanguage(): AppLanguage {
  return toAppLanguage(i18next.language);
}
