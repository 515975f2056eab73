// Instance list with a status filter and cursor paging ("load more").
import { AuditOutlined, ReloadOutlined } from '@ant-design/icons';
import type { InstanceStatus } from '@liucheng/contracts';
import { Button, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useDefinitions } from '../api/definitions.api';
import { useInstancePages } from '../api/instances.api';
import { useSession } from '../auth/session-context';
import { ErrorAlert } from '../common/error-alert';
import { InstancesTable } from '../instances/instances-table';
import { StatusFilter } from '../instances/status-filter';
import { mayAudit } from '../users/role-home';

export function InstancesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { session } = useSession();
  const [status, setStatus] = useState<InstanceStatus | undefined>(undefined);
  const pages = useInstancePages(status);
  const definitions = useDefinitions();
  const instances = pages.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('instances.title')}
        </Typography.Title>
        <Space>
          {mayAudit(session?.user.roles ?? []) && (
            <Button icon={<AuditOutlined />} data-testid="open-audit" onClick={() => navigate('/audit')}>
              {t('audit.title')}
            </Button>
          )}
          <StatusFilter value={status} onChange={setStatus} />
          <Button icon={<ReloadOutlined />} onClick={() => void pages.refetch()} aria-label={t('instances.refresh')} />
        </Space>
      </Flex>
      {pages.error && <ErrorAlert error={pages.error} />}
      <InstancesTable instances={instances} definitions={definitions.data ?? []} loading={pages.isPending} />
      {pages.hasNextPage && (
        <Flex justify="center">
          <Button loading={pages.isFetchingNextPage} onClick={() => void pages.fetchNextPage()}>
            {t('instances.more')}
          </Button>
        </Flex>
      )}
    </Space>
  );
}
