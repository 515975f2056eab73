// The inbox search bar: process, start-day range and business key; shared by every tab.
import { DatePicker, Flex, Input, Select, Button } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useDefinitions } from '../api/definitions.api';
import { pickLabel } from '../i18n/localize';
import { useLanguage } from '../i18n/use-language';
import { isFiltered, type InboxSearch } from './inbox-search';

const DAY = 'YYYY-MM-DD';

export function InboxFilters({ value, onChange }: { value: InboxSearch; onChange: (next: InboxSearch) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const definitions = useDefinitions();
  const range: [Dayjs | null, Dayjs | null] = [
    value.from ? dayjs(value.from, DAY) : null,
    value.to ? dayjs(value.to, DAY) : null,
  ];

  return (
    <Flex wrap gap={8} data-testid="inbox-filters">
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        style={{ minWidth: 180 }}
        placeholder={t('inboxTabs.filterAllProcesses')}
        aria-label={t('inboxTabs.filterProcess')}
        value={value.definitionKey}
        loading={definitions.isPending}
        options={(definitions.data ?? []).map((d) => ({ value: d.key, label: pickLabel(d.title, language, d.key) }))}
        onChange={(definitionKey?: string) => onChange({ ...value, definitionKey })}
      />
      <DatePicker.RangePicker
        allowEmpty={[true, true]}
        aria-label={t('inboxTabs.filterDates')}
        placeholder={[t('inboxTabs.filterDateFrom'), t('inboxTabs.filterDateTo')]}
        value={range}
        onChange={(dates) =>
          onChange({ ...value, from: dates?.[0]?.format(DAY) ?? undefined, to: dates?.[1]?.format(DAY) ?? undefined })
        }
      />
      {/* Applied on Enter/search, not per keystroke; keyed so clearing the filters empties it. */}
      <Input.Search
        key={value.businessKey ?? ''}
        allowClear
        style={{ width: 220 }}
        placeholder={t('inboxTabs.filterBusinessKey')}
        aria-label={t('inboxTabs.filterBusinessKey')}
        defaultValue={value.businessKey}
        onSearch={(text) => onChange({ ...value, businessKey: text.trim() || undefined })}
      />
      {isFiltered(value) && <Button onClick={() => onChange({})}>{t('inboxTabs.filterClear')}</Button>}
    </Flex>
  );
}
