// A context or event-data value shown readably: scalars as text, structures as compact JSON.
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export function JsonValueText({ value }: { value: unknown }) {
  const { t } = useTranslation();
  if (value === null || value === undefined) return <Typography.Text type="secondary">—</Typography.Text>;
  if (typeof value === 'boolean') return <>{value ? t('form.yes') : t('form.no')}</>;
  if (typeof value !== 'object') return <>{String(value)}</>;
  return (
    <pre style={{ margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-word', fontSize: 12 }}>
      {JSON.stringify(value, null, 2)}
    </pre>
  );
}
