// Picks a guard or action from the registry and edits its params.
import type { JsonObject, NamedRef, RegistryEntryInfo } from '@liucheng/engine';
import { Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { pick } from '../../graph/diagram-labels';
import { useLanguage } from '../../i18n/use-language';
import { ParamsForm } from './params-form';

export interface RefEditorProps {
  entries: readonly RegistryEntryInfo[];
  value: string | NamedRef | undefined;
  onChange: (value: NamedRef | undefined) => void;
  /** Label of the empty choice; without it a value is required. */
  noneLabel?: string;
  testId?: string;
}

export function RefEditor({ entries, value, onChange, noneLabel, testId }: RefEditorProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const name = typeof value === 'string' ? value : value?.type;
  const params = (typeof value === 'object' ? value.params : undefined) ?? {};
  const entry = entries.find((e) => e.name === name);
  const options = [
    ...(noneLabel ? [{ value: '', label: noneLabel }] : []),
    ...entries.map((e) => ({ value: e.name, label: `${pick(e.title, lang, e.name)} · ${e.name}` })),
    ...(name && !entry ? [{ value: name, label: name }] : []),
  ];
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size={4}>
      <Select
        data-testid={testId}
        showSearch
        optionFilterProp="label"
        value={name ?? ''}
        options={options}
        style={{ width: '100%' }}
        onChange={(next: string) => onChange(next ? { type: next, params: {} } : undefined)}
      />
      {entry?.description && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {pick(entry.description, lang)}
        </Typography.Text>
      )}
      {entry && Object.keys(entry.params.properties ?? {}).length > 0 && (
        <div>
          <Typography.Text strong style={{ fontSize: 12 }}>
            {t('designer.edParams')}
          </Typography.Text>
          <ParamsForm
            schema={entry.params}
            value={params as JsonObject}
            onChange={(next) => onChange({ type: entry.name, params: next })}
          />
        </div>
      )}
    </Space>
  );
}
