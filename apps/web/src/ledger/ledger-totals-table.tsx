// 台账合计: one row per person, unit or month; money as ¥, points as they are.
import type { LedgerGroupBy, LedgerTotal } from '@liucheng/contracts';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../i18n/format';
import { useLanguage } from '../i18n/use-language';
import { groupLabel } from './group-label';

export function LedgerTotalsTable({ totals, groupBy }: { totals: LedgerTotal[]; groupBy: LedgerGroupBy }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const money = (value: number) => formatMoney(value, language);
  return (
    <Table<LedgerTotal>
      data-testid="ledger-totals"
      rowKey="key"
      size="small"
      dataSource={totals}
      pagination={false}
      locale={{ emptyText: t('ledger.empty') }}
      columns={[
        {
          title: t(`ledger.heading-${groupBy}`),
          dataIndex: 'key',
          render: (_, total) => groupLabel(total, language, t),
        },
        { title: t('ledger.fine'), dataIndex: 'fine', align: 'right', render: money },
        { title: t('ledger.penalty'), dataIndex: 'penalty', align: 'right', render: money },
        { title: t('ledger.points'), dataIndex: 'points', align: 'right' },
        { title: t('ledger.entries'), dataIndex: 'entries', align: 'right' },
      ]}
    />
  );
}
