// The instance list: status, process, current state, updated time; a row opens the detail page.
import type { DefinitionSummary, Instance } from '@liucheng/contracts';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { formatDateTime } from '../i18n/format';
import { pickLabel } from '../i18n/localize';
import { useLanguage } from '../i18n/use-language';
import { InstanceStatusTag } from './instance-status-tag';
import { InstanceStateText } from './instance-state-text';
import { UserName } from '../users/user-name';

export interface InstancesTableProps {
  instances: Instance[];
  definitions: DefinitionSummary[];
  loading: boolean;
}

export function InstancesTable({ instances, definitions, loading }: InstancesTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const titles = new Map(definitions.map((definition) => [definition.key, definition.title]));

  return (
    <Table<Instance>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={instances}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('instances.empty') }}
      onRow={(instance) => ({ onClick: () => navigate(`/instances/${instance.id}`), style: { cursor: 'pointer' } })}
      columns={[
        {
          title: t('instances.status'),
          dataIndex: 'status',
          width: 100,
          render: (_, instance) => <InstanceStatusTag status={instance.status} />,
        },
        {
          title: t('instances.definition'),
          dataIndex: 'definitionKey',
          render: (key: string, instance) => (
            <Link to={`/instances/${instance.id}`} onClick={(event) => event.stopPropagation()}>
              {pickLabel(titles.get(key), language, key)} · v{instance.version}
            </Link>
          ),
        },
        {
          title: t('instances.state'),
          dataIndex: 'state',
          render: (_, instance) => <InstanceStateText instance={instance} />,
        },
        {
          title: t('instances.businessKey'),
          dataIndex: 'businessKey',
          responsive: ['lg'],
          render: (key: string | null) => key ?? '—',
        },
        {
          title: t('instances.startedBy'),
          dataIndex: 'startedBy',
          responsive: ['md'],
          render: (startedBy: string) => <UserName username={startedBy} />,
        },
        {
          title: t('instances.updatedAt'),
          dataIndex: 'updatedAt',
          responsive: ['sm'],
          render: (at: string) => formatDateTime(at, language),
        },
      ]}
    />
  );
}
