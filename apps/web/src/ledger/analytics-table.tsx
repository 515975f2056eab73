// 环节停留时长: per state, the median and p90 of finished stays, how many, and how many instances are there now.
import type { VersionAnalyticsReport } from '@liucheng/contracts';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { pickLabel } from '../i18n/localize';
import { useLanguage } from '../i18n/use-language';
import { stateTitle } from '../spec/spec-meta';
import { formatMs } from './format-ms';

type Row = VersionAnalyticsReport['states'][string] & { state: string };

export function AnalyticsTable({ report, spec }: { report: VersionAnalyticsReport; spec: unknown }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const rows: Row[] = Object.entries(report.states)
    .map(([state, stay]) => ({ state, ...stay }))
    .sort((a, b) => (b.medianMs ?? -1) - (a.medianMs ?? -1));
  return (
    <Table<Row>
      data-testid="analytics-table"
      rowKey="state"
      size="small"
      dataSource={rows}
      pagination={false}
      columns={[
        {
          title: t('ledger.state'),
          dataIndex: 'state',
          render: (state: string) => pickLabel(stateTitle(spec, state), language, state),
        },
        {
          title: t('ledger.median'),
          dataIndex: 'medianMs',
          align: 'right',
          render: (ms: number | null) => (ms === null ? t('ledger.noStays') : formatMs(ms, language)),
        },
        {
          title: t('ledger.p90'),
          dataIndex: 'p90Ms',
          align: 'right',
          render: (ms: number | null) => (ms === null ? t('ledger.noStays') : formatMs(ms, language)),
        },
        { title: t('ledger.stays'), dataIndex: 'count', align: 'right' },
        { title: t('ledger.current'), dataIndex: 'current', align: 'right' },
      ]}
    />
  );
}
