// A person field (`x-kind: person`): picked from the directory by display name, stored as the username.
import type { WidgetProps } from '@rjsf/utils';
import { useTranslation } from 'react-i18next';
import { UserSelect } from '../users/user-select';

export function PersonWidget({ id, value, required, disabled, readonly, placeholder, onChange, options }: WidgetProps) {
  const { t } = useTranslation();
  if (disabled || readonly)
    return <UserSelect id={id} value={typeof value === 'string' ? value : undefined} placeholder={placeholder} />;
  return (
    <UserSelect
      id={id}
      value={typeof value === 'string' ? value : undefined}
      placeholder={placeholder || t('form.select')}
      allowClear={!required}
      onChange={(username) => onChange(username ?? options.emptyValue)}
    />
  );
}
