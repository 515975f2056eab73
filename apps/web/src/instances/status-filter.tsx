// Select for filtering the instance list by status.
import type { InstanceStatus } from '@liucheng/contracts';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';

const STATUSES: InstanceStatus[] = ['running', 'done', 'failed', 'cancelled'];

export function StatusFilter(props: {
  value: InstanceStatus | undefined;
  onChange: (value: InstanceStatus | undefined) => void;
}) {
  const { t } = useTranslation();
  return (
    <Select<InstanceStatus | 'any'>
      aria-label={t('instances.filterStatus')}
      style={{ minWidth: 140 }}
      value={props.value ?? 'any'}
      onChange={(value) => props.onChange(value === 'any' ? undefined : value)}
      options={[
        { value: 'any', label: t('instances.allStatuses') },
        ...STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) })),
      ]}
    />
  );
}
