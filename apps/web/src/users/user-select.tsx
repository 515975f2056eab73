// Picks a user from the directory by display name (searchable); without a directory to read
// (it is not deployed yet, or the user may not list users), the username is typed instead.
import { AutoComplete, Select } from 'antd';
import { useLanguage } from '../i18n/use-language';
import { displayNameOf } from './directory';
import { useDirectory } from './use-directory';

export interface UserSelectProps {
  id?: string;
  value?: string | null;
  onChange?: (username: string | undefined) => void;
  placeholder?: string;
  /** Usernames not offered (the user themself, say). */
  exclude?: readonly string[];
  allowClear?: boolean;
}

export function UserSelect({ id, value, onChange, placeholder, exclude = [], allowClear }: UserSelectProps) {
  const directory = useDirectory();
  const language = useLanguage();
  const entries = (directory.data ?? []).filter((entry) => entry.active !== false && !exclude.includes(entry.username));
  if (!directory.isPending && entries.length === 0)
    return (
      <AutoComplete
        id={id}
        value={value ?? undefined}
        placeholder={placeholder}
        allowClear={allowClear}
        onChange={(next: string) => onChange?.(next.trim() || undefined)}
      />
    );
  const options = entries.map((entry) => ({
    value: entry.username,
    label: `${displayNameOf(entry.username, entries, language)}`,
    search: `${entry.username} ${entry.displayName} ${entry.displayNameEn ?? ''}`.toLowerCase(),
  }));
  return (
    <Select
      id={id}
      value={value ?? undefined}
      placeholder={placeholder}
      allowClear={allowClear}
      loading={directory.isPending}
      options={options}
      showSearch={{ filterOption: (input, option) => Boolean(option?.search.includes(input.toLowerCase())) }}
      onChange={(next: string | undefined) => onChange?.(next ?? undefined)}
    />
  );
}
