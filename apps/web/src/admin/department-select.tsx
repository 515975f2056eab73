// Picks a department from the org tree (labelled with its path), optionally leaving one subtree out.
import { Select } from 'antd';
import { useDepartments } from '../api/departments.api';
import { useLanguage } from '../i18n/use-language';
import { departmentOptions } from './department-options';

export interface DepartmentSelectProps {
  id?: string;
  value?: string | null;
  onChange?: (id: string | null) => void;
  placeholder?: string;
  exclude?: string;
}

export function DepartmentSelect({ id, value, onChange, placeholder, exclude }: DepartmentSelectProps) {
  const language = useLanguage();
  const departments = useDepartments();
  const options = departmentOptions(departments.data ?? [], language, exclude).map((option) => ({
    value: option.value,
    label: option.path,
  }));
  return (
    <Select
      id={id}
      value={value ?? undefined}
      placeholder={placeholder}
      allowClear
      loading={departments.isPending}
      options={options}
      showSearch={{ optionFilterProp: 'label' }}
      onChange={(next: string | undefined) => onChange?.(next ?? null)}
    />
  );
}
