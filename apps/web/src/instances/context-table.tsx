// The instance context as a two-column table (field, value).
import { Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { splitBilingual } from '../i18n/localize';
import { useLanguage } from '../i18n/use-language';
import { JsonValueText } from './json-value-text';

/**
 * `titles`: field -> schema title ("天数 / Days") for the fields the start form asked for; those
 * come first (in the form's order), the rest alphabetically, since stored key order is not meaningful.
 */
export function ContextTable({ context, titles }: { context: Record<string, unknown>; titles: Map<string, string> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const known = [...titles.keys()].filter((field) => field in context);
  const rest = Object.keys(context)
    .filter((field) => !titles.has(field))
    .sort();
  const rows = [...known, ...rest].map((field) => ({ field, value: context[field] }));
  return (
    <Table
      size="small"
      rowKey="field"
      pagination={false}
      dataSource={rows}
      locale={{ emptyText: t('detail.contextEmpty') }}
      columns={[
        {
          title: t('detail.field'),
          dataIndex: 'field',
          width: '35%',
          render: (field: string) => (
            <Space orientation="vertical" size={0}>
              {titles.has(field) && (
                <Typography.Text>{splitBilingual(titles.get(field) ?? '', language)}</Typography.Text>
              )}
              <Typography.Text code type="secondary">
                {field}
              </Typography.Text>
            </Space>
          ),
        },
        { title: t('detail.value'), dataIndex: 'value', render: (value: unknown) => <JsonValueText value={value} /> },
      ]}
    />
  );
}
