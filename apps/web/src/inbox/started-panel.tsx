// 我发起的: the instances I started, newest first, with their summary fields and status.
import type { Instance } from '@liucheng/contracts';
import { Empty, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../common/error-alert';
import { PageLoading } from '../common/page-loading';
import { ResponsiveTable } from '../common/responsive-table';
import { formatDateTime } from '../i18n/format';
import { useLanguage } from '../i18n/use-language';
import { useStartedInstances } from './inbox-queries';
import { isFiltered, type InboxSearch } from './inbox-search';
import { SummaryValues } from './summary-values';
import { LoadMoreButton } from './load-more-button';

const STATUS_COLOURS: Record<string, string> = { running: 'processing', done: 'success', failed: 'error' };

export function StartedPanel(props: {
  username: string;
  search: InboxSearch;
  processTitle: (key: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const query = useStartedInstances(props.username, props.search);
  if (query.isPending) return <PageLoading />;
  if (query.error) return <ErrorAlert error={query.error} />;
  const items = query.data.pages.flatMap((page) => page.items);
  if (items.length === 0)
    return (
      <Empty description={isFiltered(props.search) ? t('inboxTabs.emptyFiltered') : t('inboxTabs.emptyStarted')} />
    );
  return (
    <Flex vertical gap={12}>
      <ResponsiveTable<Instance>
        items={items}
        rowKey={(instance) => instance.id}
        rowProps={(instance) => ({ 'data-instance-row': instance.id })}
        columns={[
          {
            title: t('inboxTabs.colProcess'),
            key: 'process',
            render: (instance) => (
              <Link to={`/instances/${instance.id}`} data-instance-id={instance.id} style={{ fontWeight: 600 }}>
                {props.processTitle(instance.definitionKey) ?? instance.definitionKey}
              </Link>
            ),
          },
          {
            title: t('inboxTabs.colBusinessKey'),
            key: 'businessKey',
            render: (instance) =>
              instance.businessKey ? <Typography.Text code>{instance.businessKey}</Typography.Text> : '—',
          },
          {
            title: t('inboxTabs.colSummary'),
            key: 'summary',
            render: (instance) => <SummaryValues fields={instance.summary} />,
          },
          {
            title: t('inboxTabs.colState'),
            key: 'status',
            render: (instance) => (
              <Tag color={STATUS_COLOURS[instance.status] ?? 'default'}>{t(`status.${instance.status}`)}</Tag>
            ),
          },
          {
            title: t('inboxTabs.colStartedAt'),
            key: 'createdAt',
            render: (instance) => formatDateTime(instance.createdAt, language),
          },
        ]}
      />
      <LoadMoreButton pages={query} />
    </Flex>
  );
}
