// Coloured tag for an instance status.
import type { InstanceStatus } from '@liucheng/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<InstanceStatus, string> = {
  running: 'processing',
  done: 'success',
  failed: 'error',
  cancelled: 'default',
};

export function InstanceStatusTag({ status }: { status: InstanceStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status] ?? 'default'}>{t(`status.${status}`, { defaultValue: status })}</Tag>;
}
