// 抄送我的: the copies sent to me, unread ones marked; opening a copy marks it read and shows the instance.
import type { CcItem } from '@liucheng/contracts';
import { App, Badge, Button, Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { summariseError } from '../common/error-summary';
import { ErrorAlert } from '../common/error-alert';
import { PageLoading } from '../common/page-loading';
import { ResponsiveTable } from '../common/responsive-table';
import { formatDateTime } from '../i18n/format';
import { pickLabel } from '../i18n/localize';
import { useLanguage } from '../i18n/use-language';
import { useCcItems, useMarkAllCcRead, useMarkCcRead } from './inbox-queries';
import { isFiltered, type InboxSearch } from './inbox-search';
import { SummaryValues } from './summary-values';
import { useDisplayNames } from '../users/use-display-name';
import { LoadMoreButton } from './load-more-button';

export function CcPanel({ search }: { search: InboxSearch }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const nameOf = useDisplayNames();
  const query = useCcItems(search);
  const markRead = useMarkCcRead();
  const markAll = useMarkAllCcRead();
  if (query.isPending) return <PageLoading />;
  if (query.error) return <ErrorAlert error={query.error} />;
  const items = query.data.pages.flatMap((page) => page.items);
  if (items.length === 0)
    return <Empty description={isFiltered(search) ? t('inboxTabs.emptyFiltered') : t('inboxTabs.emptyCc')} />;

  const open = (item: CcItem) => {
    // Mark first so the list is already right when the user comes back; a failed mark still opens.
    if (!item.readAt) markRead.mutate(item.id);
    navigate(`/instances/${item.instanceId}`);
  };
  const sender = (item: CcItem) => (item.sentBy === 'system' ? t('inboxTabs.systemSender') : nameOf(item.sentBy));

  return (
    <Flex vertical gap={12}>
      {items.some((item) => !item.readAt) && (
        <Flex justify="flex-end">
          <Button
            loading={markAll.isPending}
            onClick={() =>
              markAll.mutate(undefined, {
                onSuccess: ({ marked }) => void message.success(t('inboxTabs.markedAll', { count: marked })),
                onError: (error) => void message.error(summariseError(error, t).message),
              })
            }
          >
            {t('inboxTabs.readAll')}
          </Button>
        </Flex>
      )}
      <ResponsiveTable<CcItem>
        items={items}
        rowKey={(item) => item.id}
        rowProps={(item) => ({ 'data-cc-id': item.id, 'data-read': item.readAt ? 'true' : 'false' })}
        columns={[
          {
            title: t('inboxTabs.colRead'),
            key: 'read',
            render: (item) =>
              item.readAt ? (
                <Badge status="default" text={t('inboxTabs.read')} />
              ) : (
                <Badge status="processing" text={<Typography.Text strong>{t('inboxTabs.unread')}</Typography.Text>} />
              ),
          },
          {
            title: t('inboxTabs.colProcess'),
            key: 'process',
            render: (item) => (
              <Typography.Link strong={!item.readAt} onClick={() => open(item)} data-instance-id={item.instanceId}>
                {pickLabel(item.instance.title, language, item.definitionKey)}
              </Typography.Link>
            ),
          },
          {
            title: t('inboxTabs.colBusinessKey'),
            key: 'businessKey',
            render: (item) =>
              item.instance.businessKey ? <Typography.Text code>{item.instance.businessKey}</Typography.Text> : '—',
          },
          { title: t('inboxTabs.colStarter'), key: 'starter', render: (item) => nameOf(item.instance.startedBy) },
          {
            title: t('inboxTabs.colSummary'),
            key: 'summary',
            render: (item) => <SummaryValues fields={item.instance.summary} />,
          },
          {
            title: t('inboxTabs.colCopiedBy'),
            key: 'sentBy',
            render: (item) => (
              <Flex vertical>
                <span>{sender(item)}</span>
                {item.comment && <Typography.Text type="secondary">{item.comment}</Typography.Text>}
              </Flex>
            ),
          },
          {
            title: t('inboxTabs.colCopiedAt'),
            key: 'createdAt',
            render: (item) => formatDateTime(item.createdAt, language),
          },
          {
            title: t('inboxTabs.colActions'),
            key: 'actions',
            bareOnCard: true,
            align: 'right',
            render: (item) => (
              <Button type={item.readAt ? 'default' : 'primary'} onClick={() => open(item)}>
                {t('inboxTabs.open')}
              </Button>
            ),
          },
        ]}
      />
      <LoadMoreButton pages={query} />
    </Flex>
  );
}
