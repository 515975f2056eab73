// Placeholder until its feature lands; replaced by the feature's own page.
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export function InboxPage() {
  const { t } = useTranslation();
  return <Typography.Title level={3}>{t('inbox.title')}</Typography.Title>;
}
