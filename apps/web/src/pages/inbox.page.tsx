// The inbox (/tasks): tasks assigned to me, tasks I may claim, and what I have done.
import { Badge, Space, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useDefinitions } from '../api/definitions.api';
import { ErrorAlert } from '../common/error-alert';
import { PageLoading } from '../common/page-loading';
import { pickLabel } from '../i18n/localize';
import { useLanguage } from '../i18n/use-language';
import { InboxHeader } from '../inbox/inbox-header';
import { INBOX_TABS, toInboxTab, type InboxTab } from '../inbox/inbox-tab';
import { TaskList } from '../inbox/task-list';
import { useInbox } from '../inbox/use-inbox';
import { useNow } from '../inbox/use-now';

export function InboxPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const now = useNow();
  const [params, setParams] = useSearchParams();
  const { queries, lists } = useInbox();
  const definitions = useDefinitions();
  const titles = new Map((definitions.data ?? []).map((d) => [d.key, pickLabel(d.title, language, d.key)]));
  const tab = toInboxTab(params.get('tab')) ?? defaultTab(lists, queries.mine.isPending);
  const select = (next: InboxTab) => setParams({ tab: next }, { replace: true });
  const labels: Record<InboxTab, string> = {
    mine: t('inbox.tabMine'),
    claimable: t('inbox.tabClaimable'),
    done: t('inbox.tabDone'),
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <InboxHeader
        mine={queries.mine.data?.items.length}
        claimable={queries.claimable.data?.items.length}
        refreshing={Object.values(queries).some((query) => query.isFetching)}
        onRefresh={() => Object.values(queries).forEach((query) => void query.refetch())}
      />
      <Tabs
        activeKey={tab}
        onChange={(key) => select(key as InboxTab)}
        items={INBOX_TABS.map((key) => ({
          key,
          label: (
            <Space size={6}>
              {labels[key]}
              {key !== 'done' && (
                <Badge
                  count={lists[key].length}
                  showZero
                  color={key === 'mine' ? '#1677ff' : '#8c8c8c'}
                  data-testid={`count-${key}`}
                />
              )}
            </Space>
          ),
          children: queries[key].isPending ? (
            <PageLoading />
          ) : queries[key].error ? (
            <ErrorAlert error={queries[key].error} />
          ) : (
            <TaskList
              tasks={lists[key]}
              tab={key}
              now={now}
              processTitle={(definitionKey) => titles.get(definitionKey)}
              onShowClaimable={() => select('claimable')}
            />
          ),
        }))}
      />
    </Space>
  );
}

// A newcomer with nothing assigned but work to claim lands on the claimable tab.
function defaultTab(lists: Record<InboxTab, unknown[]>, loading: boolean): InboxTab {
  return !loading && lists.mine.length === 0 && lists.claimable.length > 0 ? 'claimable' : 'mine';
}
