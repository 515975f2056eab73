// Header switch between 中文 and English; the choice is remembered in localStorage.
import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../i18n/i18n';
import type { AppLanguage } from '../i18n/language';
import { useLanguage } from '../i18n/use-language';

/** `short`: 中 / EN instead of 中文 / English, for phones. */
export function LanguageSwitch({ short = false }: { short?: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Segmented<AppLanguage>
      aria-label={t('language.label')}
      size="small"
      value={language}
      onChange={(value) => void changeLanguage(value)}
      options={[
        { value: 'zh-CN', label: short ? t('language.zhShort') : t('language.zh') },
        { value: 'en', label: short ? t('language.enShort') : t('language.en') },
      ]}
    />
  );
}
