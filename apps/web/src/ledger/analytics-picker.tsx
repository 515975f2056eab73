// 选择流程和版本: opens the analytics of one definition version.
import { Button, Flex, Form, InputNumber, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useDefinitions } from '../api/definitions.api';
import { pickLabel } from '../i18n/localize';
import { useLanguage } from '../i18n/use-language';

export function AnalyticsPicker({ definitionKey, version }: { definitionKey?: string; version?: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const definitions = useDefinitions();
  const [key, setKey] = useState(definitionKey);
  const [chosen, setChosen] = useState<number | null>(version ?? null);
  const latest = definitions.data?.find((d) => d.key === key)?.latestVersion ?? null;
  const target = chosen ?? latest;
  return (
    <Form layout="vertical" data-testid="analytics-picker">
      <Flex wrap gap={12} align="flex-end">
        <Form.Item label={t('audit.process')} style={{ margin: 0, minWidth: 220 }}>
          <Select
            id="analytics-process"
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('audit.allProcesses')}
            value={key}
            loading={definitions.isPending}
            options={(definitions.data ?? [])
              .filter((d) => d.latestVersion !== null)
              .map((d) => ({ value: d.key, label: pickLabel(d.title, language, d.key) }))}
            onChange={(next: string) => {
              setKey(next);
              setChosen(null);
            }}
          />
        </Form.Item>
        <Form.Item label={t('ledger.analyticsVersion')} style={{ margin: 0, width: 110 }}>
          <InputNumber
            id="analytics-version"
            min={1}
            max={latest ?? undefined}
            precision={0}
            value={target}
            onChange={(v) => setChosen(typeof v === 'number' ? v : null)}
          />
        </Form.Item>
        <Button
          type="primary"
          disabled={!key || !target}
          onClick={() => navigate(`/audit/analytics/${encodeURIComponent(key ?? '')}/${target}`)}
        >
          {t('ledger.analyticsGo')}
        </Button>
      </Flex>
    </Form>
  );
}
