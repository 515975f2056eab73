// A department field (`x-kind: department`): picked by name (searchable, labelled with its path),
// stored as the department's code.
import type { WidgetProps } from '@rjsf/utils';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { departmentCodeOptions } from '../api/department-codes';
import { useDepartments } from '../api/departments.api';
import { useLanguage } from '../i18n/use-language';

export function DepartmentWidget({
  id,
  value,
  required,
  disabled,
  readonly,
  placeholder,
  onChange,
  options,
}: WidgetProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const departments = useDepartments();
  return (
    <Select
      id={id}
      value={typeof value === 'string' ? value : undefined}
      placeholder={placeholder || t('form.select')}
      allowClear={!required}
      disabled={disabled || readonly}
      loading={departments.isPending}
      options={departmentCodeOptions(departments.data ?? [], language).map(({ value: code, label }) => ({
        value: code,
        label,
      }))}
      showSearch={{ optionFilterProp: 'label' }}
      getPopupContainer={(node: HTMLElement) => node.parentElement ?? document.body}
      onChange={(code: string | undefined) => onChange(code ?? options.emptyValue)}
    />
  );
}
