// A due time: relative and absolute; overdue in red with a tag, due soon in orange.
import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/format';
import { useLanguage } from '../i18n/use-language';
import { dueLevel, relativeTime } from './due';

export function DueText({ dueAt, now }: { dueAt: string | null; now: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const level = dueLevel(dueAt, now);
  if (!dueAt || level === 'none') return <Typography.Text type="secondary">{t('inbox.noDue')}</Typography.Text>;
  return (
    <Space size={4} wrap data-due={level}>
      {level === 'overdue' && <Tag color="error">{t('inbox.overdue')}</Tag>}
      {level === 'soon' && <Tag color="warning">{t('inbox.dueSoon')}</Tag>}
      <Typography.Text type={level === 'overdue' ? 'danger' : undefined} strong={level === 'overdue'}>
        {relativeTime(dueAt, now, language)}
      </Typography.Text>
      <Typography.Text type={level === 'overdue' ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
        {formatDateTime(dueAt, language)}
      </Typography.Text>
    </Space>
  );
}
