// Hook for components that pick bilingual labels: re-renders when the language changes.
import { useTranslation } from 'react-i18next';
import { toAppLanguage, type AppLanguage } from './language';

/** The current UI language, reactive. */
export function useLanguage(): AppLanguage {
  const { i18n } = useTranslation();
  return toAppLanguage(i18n.resolvedLanguage ?? i18n.language);
}
