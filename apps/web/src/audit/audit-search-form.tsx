// The audit search: process, version, business key, starter, participant, start days, status and one
// data-field comparison (¥ for money). Edited locally, applied with 查询 so a half-typed value never searches;
// the page keys it by the URL's search, so a new search (back, clear) starts a fresh draft. With a
// process chosen, the field is picked by its title from the process's declared (indexed) fields and
// start form, or typed as any other context path.
import { SearchOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Form, Input, InputNumber, Select, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDefinitions, useDefinitionVersion } from '../api/definitions.api';
import { pickLabel } from '../i18n/localize';
import { useLanguage } from '../i18n/use-language';
import { UserSelect } from '../users/user-select';
import { auditFieldChoices, searchFieldKind, type SearchFieldChoice } from '../spec/search-fields';
import { INSTANCE_STATUSES, defaultOperator, isNumericOperator, operatorsFor, type AuditSearch } from './audit-search';
import { groupThousands, isMoneyField } from './money-field';

const DAY = 'YYYY-MM-DD';

export function AuditSearchForm({ value, onSearch }: { value: AuditSearch; onSearch: (next: AuditSearch) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const definitions = useDefinitions();
  const [draft, setDraft] = useState<AuditSearch>(value);
  const chosen = definitions.data?.find((d) => d.key === draft.definitionKey);
  const latest = useDefinitionVersion(chosen?.key, chosen?.latestVersion);
  const kind = chosen ? searchFieldKind(latest.data?.spec, draft.field) : 'unknown';
  const op = draft.op ?? defaultOperator(kind) ?? 'gt';
  const money = isMoneyField(draft.field, latest.data?.spec);
  const set = (patch: Partial<AuditSearch>) => setDraft((d) => ({ ...d, ...patch }));
  const range: [Dayjs | null, Dayjs | null] = [
    draft.from ? dayjs(draft.from, DAY) : null,
    draft.to ? dayjs(draft.to, DAY) : null,
  ];

  return (
    <Form layout="vertical" data-testid="audit-search" onFinish={() => onSearch({ ...draft, op })}>
      <Flex wrap gap={12} align="flex-end">
        <Form.Item label={t('audit.process')} style={{ margin: 0, minWidth: 200 }}>
          <Select
            id="audit-process"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('audit.allProcesses')}
            value={draft.definitionKey}
            loading={definitions.isPending}
            options={(definitions.data ?? []).map((d) => ({
              value: d.key,
              label: pickLabel(d.title, language, d.key),
            }))}
            onChange={(definitionKey?: string) => set({ definitionKey, definitionVersion: undefined })}
          />
        </Form.Item>
        <Form.Item label={t('audit.version')} style={{ margin: 0, width: 110 }}>
          <InputNumber
            id="audit-version"
            min={1}
            precision={0}
            style={{ width: '100%' }}
            placeholder={t('audit.versionPlaceholder')}
            value={draft.definitionVersion ? Number(draft.definitionVersion) : null}
            onChange={(v) => set({ definitionVersion: v ? String(v) : undefined })}
          />
        </Form.Item>
        <Form.Item label={t('audit.businessKey')} style={{ margin: 0, width: 180 }}>
          <Input
            id="audit-business-key"
            allowClear
            value={draft.businessKey}
            onChange={(e) => set({ businessKey: e.target.value || undefined })}
          />
        </Form.Item>
        <Form.Item label={t('audit.startedBy')} style={{ margin: 0, width: 160 }}>
          <UserSelect allowClear value={draft.startedBy} onChange={(startedBy) => set({ startedBy })} />
        </Form.Item>
        <Form.Item
          label={t('audit.participant')}
          tooltip={t('audit.participantHint')}
          style={{ margin: 0, width: 160 }}
        >
          <UserSelect allowClear value={draft.participant} onChange={(participant) => set({ participant })} />
        </Form.Item>
        <Form.Item label={t('audit.dates')} style={{ margin: 0 }}>
          <DatePicker.RangePicker
            allowEmpty={[true, true]}
            placeholder={[t('audit.dateFrom'), t('audit.dateTo')]}
            value={range}
            onChange={(dates) =>
              set({ from: dates?.[0]?.format(DAY) ?? undefined, to: dates?.[1]?.format(DAY) ?? undefined })
            }
          />
        </Form.Item>
        <Form.Item label={t('audit.status')} style={{ margin: 0, width: 130 }}>
          <Select
            id="audit-status"
            allowClear
            placeholder={t('instances.allStatuses')}
            value={draft.status}
            options={INSTANCE_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
            onChange={(status?: string) => set({ status })}
          />
        </Form.Item>
      </Flex>
      <Flex wrap gap={12} align="flex-end" style={{ marginTop: 12 }}>
        <Form.Item label={t('audit.field')} style={{ margin: 0, width: chosen ? 260 : 180 }}>
          {chosen ? (
            <FieldPicker
              spec={latest.data?.spec}
              value={draft.field}
              onChange={(field) => {
                const next = defaultOperator(searchFieldKind(latest.data?.spec, field));
                set({ field, ...(next && field !== draft.field ? { op: next } : {}) });
              }}
            />
          ) : (
            <Input
              id="audit-field"
              allowClear
              placeholder={t('audit.fieldPlaceholder')}
              value={draft.field}
              onChange={(e) => set({ field: e.target.value.trim() || undefined })}
            />
          )}
        </Form.Item>
        <Form.Item label={t('audit.op')} style={{ margin: 0, width: 130 }}>
          <Select
            id="audit-op"
            value={op}
            options={operatorsFor(kind).map((o) => ({ value: o, label: t(`audit.op-${o}`) }))}
            onChange={(next) => set({ op: next })}
          />
        </Form.Item>
        <Form.Item label={t('audit.value')} style={{ margin: 0, width: 200 }}>
          {isNumericOperator(op) ? (
            <InputNumber
              id="audit-value"
              style={{ width: '100%' }}
              prefix={money ? '¥' : undefined}
              // Thousands separators as the reader writes them (¥5,000.00); the query gets the plain number.
              formatter={(v, info) => {
                if (info.userTyping) return info.input;
                if (v === undefined || v === null || `${v}` === '') return '';
                return groupThousands(money ? Number(v).toFixed(2) : `${v}`);
              }}
              parser={(v) => Number((v ?? '').replace(/,/g, ''))}
              value={draft.value !== undefined && draft.value !== '' ? Number(draft.value) : null}
              onChange={(v) => set({ value: v === null || v === undefined ? undefined : String(v) })}
            />
          ) : (
            <Input
              id="audit-value"
              allowClear
              value={draft.value}
              onChange={(e) => set({ value: e.target.value || undefined })}
            />
          )}
        </Form.Item>
        <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="audit-submit">
          {t('audit.search')}
        </Button>
        <Button
          onClick={() => {
            setDraft({});
            onSearch({});
          }}
        >
          {t('audit.clear')}
        </Button>
      </Flex>
    </Form>
  );
}

type FieldOption = { value: string; label: string; choice?: SearchFieldChoice };

/**
 * The data field of a chosen process: its `meta.search` fields (marked 快速查询) and other start-form
 * fields by title, with the path beside; what is typed can be searched as a path of its own.
 */
function FieldPicker({
  spec,
  value,
  onChange,
}: {
  spec: unknown;
  value: string | undefined;
  onChange: (field: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [typed, setTyped] = useState('');
  const choices = useMemo(() => auditFieldChoices(spec, language), [spec, language]);
  const options: FieldOption[] = choices.map((choice) => ({ value: choice.path, label: choice.label, choice }));
  // The typed path and a path from the URL that the process does not name are options too.
  for (const path of new Set([typed.trim(), value ?? ''])) {
    if (path && !choices.some((c) => c.path === path)) options.push({ value: path, label: path });
  }
  return (
    <Select<string, FieldOption>
      id="audit-field"
      data-testid="audit-field-picker"
      allowClear
      showSearch={{ optionFilterProp: ['label', 'value'], searchValue: typed, onSearch: setTyped }}
      placeholder={t('audit.fieldPick')}
      value={value}
      options={options}
      onChange={(next?: string) => {
        setTyped('');
        onChange(next?.trim() || undefined);
      }}
      popupMatchSelectWidth={false}
      optionRender={({ data }) => (
        <Flex gap={8} align="center" justify="space-between" data-path={data.value}>
          <span>
            {data.choice ? data.label : t('audit.fieldPath', { path: data.value })}
            {data.choice?.titled && (
              <Typography.Text type="secondary" code style={{ marginInlineStart: 6 }}>
                {data.value}
              </Typography.Text>
            )}
          </span>
          {data.choice?.indexed && (
            <Tag color="blue" data-testid="audit-field-indexed" style={{ marginInlineEnd: 0 }}>
              {t('audit.fieldIndexed')}
            </Tag>
          )}
        </Flex>
      )}
    />
  );
}
