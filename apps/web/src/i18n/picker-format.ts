// Date formats of the pickers in forms, per UI language. The first is shown; the others are also
// accepted when typed (ISO dates always are).
import type { AppLanguage } from './language';

const DATE: Record<AppLanguage, string[]> = {
  'zh-CN': ['YYYY年M月D日', 'YYYY-MM-DD', 'YYYY/M/D'],
  en: ['MMM D, YYYY', 'YYYY-MM-DD', 'D MMM YYYY'],
};

const DATE_TIME: Record<AppLanguage, string[]> = {
  'zh-CN': ['YYYY年M月D日 HH:mm', 'YYYY-MM-DD HH:mm'],
  en: ['MMM D, YYYY HH:mm', 'YYYY-MM-DD HH:mm'],
};

/** The date picker's formats (shown first, then also accepted). */
export function datePickerFormats(language: AppLanguage): string[] {
  return DATE[language] ?? DATE['zh-CN'];
}

/** The date-time picker's formats. */
export function dateTimePickerFormats(language: AppLanguage): string[] {
  return DATE_TIME[language] ?? DATE_TIME['zh-CN'];
}

/** dayjs' locale name for the UI language (month names and weekdays in the pickers). */
export function dayjsLocale(language: AppLanguage): string {
  return language === 'en' ? 'en' : 'zh-cn';
}
