// A row's summary fields (the definition's meta.summary: e.g. amount and subject), formatted for the language.
import type { SummaryField } from '@liucheng/contracts';
import { Space, Typography } from 'antd';
import { formatDate, formatMoney } from '../i18n/format';
import type { AppLanguage } from '../i18n/language';
import { pickLabel } from '../i18n/localize';
import { useLanguage } from '../i18n/use-language';

export function SummaryValues({ fields }: { fields: SummaryField[] | undefined }) {
  const language = useLanguage();
  const shown = (fields ?? []).filter((field) => field.value !== null && field.value !== '');
  if (shown.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space orientation="vertical" size={0} data-testid="summary-values">
      {shown.map((field, index) => (
        <Typography.Text key={index}>
          <Typography.Text type="secondary">{pickLabel(field.label, language)}: </Typography.Text>
          {summaryText(field, language)}
        </Typography.Text>
      ))}
    </Space>
  );
}

/** One summary value as text: money as ¥1,234.00, dates in the language, booleans and text as they are. */
export function summaryText(field: SummaryField, language: AppLanguage): string {
  if (field.format === 'money') return formatMoney(field.value, language);
  if (field.format === 'date' && typeof field.value === 'string') return formatDate(field.value, language);
  return String(field.value);
}
