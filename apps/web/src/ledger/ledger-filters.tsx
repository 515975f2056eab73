// 台账筛选: recorded dates, totals by person/unit/month, kind; and the CSV download of what is shown.
import { DownloadOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Form, Select, message } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadLedgerCsv, type LedgerSearch } from '../api/ledger.api';
import { useLanguage } from '../i18n/use-language';
import { LEDGER_GROUPS, LEDGER_KINDS } from './ledger-search';

const DAY = 'YYYY-MM-DD';

export function LedgerFilters({ value, onChange }: { value: LedgerSearch; onChange: (next: LedgerSearch) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [busy, setBusy] = useState(false);
  const range: [Dayjs | null, Dayjs | null] = [
    value.from ? dayjs(value.from, DAY) : null,
    value.to ? dayjs(value.to, DAY) : null,
  ];
  const download = () => {
    setBusy(true);
    downloadLedgerCsv(value, language)
      .catch(() => void message.error(t('ledger.downloadFailed')))
      .finally(() => setBusy(false));
  };
  return (
    <Form layout="vertical" data-testid="ledger-filters">
      <Flex wrap gap={12} align="flex-end">
        <Form.Item label={t('ledger.dates')} style={{ margin: 0 }}>
          <DatePicker.RangePicker
            allowEmpty={[true, true]}
            placeholder={[t('audit.dateFrom'), t('audit.dateTo')]}
            value={range}
            onChange={(dates) =>
              onChange({
                ...value,
                from: dates?.[0]?.format(DAY) ?? undefined,
                to: dates?.[1]?.format(DAY) ?? undefined,
              })
            }
          />
        </Form.Item>
        <Form.Item label={t('ledger.groupBy')} style={{ margin: 0, width: 140 }}>
          <Select
            id="ledger-group"
            value={value.groupBy}
            options={LEDGER_GROUPS.map((g) => ({ value: g, label: t(`ledger.group-${g}`) }))}
            onChange={(groupBy) => onChange({ ...value, groupBy })}
          />
        </Form.Item>
        <Form.Item label={t('ledger.kind')} style={{ margin: 0, width: 140 }}>
          <Select
            id="ledger-kind"
            allowClear
            placeholder={t('ledger.allKinds')}
            value={value.kind}
            options={LEDGER_KINDS.map((k) => ({ value: k, label: t(`ledger.kind-${k}`) }))}
            onChange={(kind) => onChange({ ...value, kind: kind ?? undefined })}
          />
        </Form.Item>
        <Button data-testid="ledger-csv" icon={<DownloadOutlined />} loading={busy} onClick={download}>
          {t('ledger.downloadCsv')}
        </Button>
      </Flex>
    </Form>
  );
}
