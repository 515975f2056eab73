// The audit search's results: status, process and version, business key, summary (money as ¥),
// starter, start time (Asia/Shanghai), current state; a row opens the instance's audit view.
import type { DefinitionSummary, Instance } from '@liucheng/contracts';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { SummaryValues } from '../inbox/summary-values';
import { pickLabel } from '../i18n/localize';
import { useLanguage } from '../i18n/use-language';
import { InstanceStatusTag } from '../instances/instance-status-tag';
import { InstanceStateText } from '../instances/instance-state-text';
import { UserName } from '../users/user-name';
import { formatShanghai } from './audit-format';

export interface AuditResultsTableProps {
  instances: Instance[];
  definitions: DefinitionSummary[];
  loading: boolean;
}

export function AuditResultsTable({ instances, definitions, loading }: AuditResultsTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const titles = new Map(definitions.map((d) => [d.key, d.title]));
  const open = (id: string) => `/audit/${id}`;

  return (
    <Table<Instance>
      data-testid="audit-results"
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={instances}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('audit.empty') }}
      onRow={(instance) => ({ onClick: () => navigate(open(instance.id)), style: { cursor: 'pointer' } })}
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
            <Link to={open(instance.id)} onClick={(event) => event.stopPropagation()}>
              {pickLabel(titles.get(key), language, key)} · {t('audit.versionTag', { version: instance.version })}
            </Link>
          ),
        },
        { title: t('instances.businessKey'), dataIndex: 'businessKey', render: (key: string | null) => key ?? '—' },
        {
          title: t('audit.summary'),
          dataIndex: 'summary',
          render: (_, instance) => <SummaryValues fields={instance.summary} />,
        },
        {
          title: t('instances.startedBy'),
          dataIndex: 'startedBy',
          render: (startedBy: string) => <UserName username={startedBy} />,
        },
        {
          title: t('audit.createdAt'),
          dataIndex: 'createdAt',
          render: (at: string) => formatShanghai(at, language),
        },
        {
          title: t('instances.state'),
          dataIndex: 'state',
          responsive: ['lg'],
          render: (_, instance) => <InstanceStateText instance={instance} />,
        },
      ]}
    />
  );
}
