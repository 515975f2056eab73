// Picks one or several active people from the directory, searched on the server as the user types.
import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { personName, useDirectory } from '../api/directory.api';
import { pickLabel } from '../i18n/localize';
import { useLanguage } from '../i18n/use-language';

export interface PersonPickerProps {
  multiple?: boolean;
  value?: string | string[];
  onChange?: (value: string | string[]) => void;
  /** People not to offer (the holder themself). */
  exclude?: string[];
  id?: string;
}

export function PersonPicker({ multiple, value, onChange, exclude = [], id }: PersonPickerProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [q, setQ] = useState('');
  const directory = useDirectory(q.trim());
  // The whole directory (cached) keeps the chosen people's names while a search shows others.
  const everyone = useDirectory();
  const chosen = new Set(Array.isArray(value) ? value : value ? [value] : []);
  const found = directory.data?.items ?? [];
  const kept = (everyone.data?.items ?? []).filter(
    (entry) => chosen.has(entry.username) && !found.some((hit) => hit.username === entry.username),
  );
  const options = [...found, ...kept]
    .filter((entry) => !exclude.includes(entry.username))
    .map((entry) => {
      const department = entry.department ? pickLabel(entry.department, language) : '';
      const name = personName(entry, entry.username, language);
      return {
        value: entry.username,
        label: department ? `${name} · ${department}` : name,
      };
    });
  return (
    <Select
      id={id}
      mode={multiple ? 'multiple' : undefined}
      showSearch
      filterOption={false}
      onSearch={setQ}
      onBlur={() => setQ('')}
      loading={directory.isFetching}
      placeholder={t('approvals.personSearch')}
      options={options}
      value={value}
      onChange={(next) => {
        setQ('');
        onChange?.(next);
      }}
      style={{ width: '100%' }}
      data-testid="person-picker"
    />
  );
}
