// The inbox (/tasks): 待办 (mine and claimable), 已办, 我发起的 and 抄送我的, all under one search.
import { Badge, Space, Tabs } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useDefinitions } from '../api/definitions.api';
import { useSession } from '../auth/session-context';
import { ErrorAlert } from '../common/error-alert';
import { PageLoading } from '../common/page-loading';
import { pickLabel } from '../i18n/localize';
import { useLanguage } from '../i18n/use-language';
import { CcPanel } from '../inbox/cc-panel';
import { InboxFilters } from '../inbox/inbox-filters';
import { InboxHeader } from '../inbox/inbox-header';
import { fromUrlTab, INBOX_PAGE_TABS, toUrlTab, type InboxPageTab } from '../inbox/inbox-page-tab';
import { useCcUnreadCount, useTaskSearch } from '../inbox/inbox-queries';
import { readSearch, writeSearch } from '../inbox/inbox-search';
import { sortDoneTasks, sortOpenTasks } from '../inbox/sort-tasks';
import { StartedPanel } from '../inbox/started-panel';
import { TaskList } from '../inbox/task-list';
import { TodoPanel, type TodoView } from '../inbox/todo-panel';
import { useNow } from '../inbox/use-now';

export function InboxPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const now = useNow();
  const { session } = useSession();
  const [params, setParams] = useSearchParams();
  const { tab, view } = fromUrlTab(params.get('tab'));
  const search = readSearch(params);
  const mine = useTaskSearch('mine', 'open', search);
  const claimable = useTaskSearch('candidate', 'open', search);
  const done = useTaskSearch('mine', 'done', search);
  const ccUnread = useCcUnreadCount();
  const definitions = useDefinitions();
  const titles = new Map((definitions.data ?? []).map((d) => [d.key, pickLabel(d.title, language, d.key)]));
  const processTitle = (key: string) => titles.get(key);
  const select = (next: InboxPageTab, nextView: TodoView = 'all') => {
    const updated = new URLSearchParams(params);
    updated.set('tab', toUrlTab(next, nextView));
    setParams(updated, { replace: true });
  };
  const mineItems = sortOpenTasks(mine.data?.items ?? []);
  const claimableItems = sortOpenTasks(claimable.data?.items ?? []);
  const taskQueries = [mine, claimable, done];

  const panels: Record<InboxPageTab, { label: string; count?: ReactNode; body: () => ReactNode }> = {
    todo: {
      label: t('inboxTabs.tabTodo'),
      count: <Badge count={mineItems.length + claimableItems.length} showZero color="#1677ff" />,
      body: () =>
        mine.isPending || claimable.isPending ? (
          <PageLoading />
        ) : mine.error || claimable.error ? (
          <ErrorAlert error={mine.error ?? claimable.error} />
        ) : (
          <TodoPanel
            view={view}
            onView={(next) => select('todo', next)}
            mine={mineItems}
            claimable={claimableItems}
            now={now}
            processTitle={processTitle}
          />
        ),
    },
    done: {
      label: t('inboxTabs.tabDone'),
      body: () =>
        done.isPending ? (
          <PageLoading />
        ) : done.error ? (
          <ErrorAlert error={done.error} />
        ) : (
          <TaskList
            tasks={sortDoneTasks(done.data.items)}
            tab="done"
            now={now}
            processTitle={processTitle}
            onShowClaimable={() => select('todo', 'claimable')}
          />
        ),
    },
    started: {
      label: t('inboxTabs.tabStarted'),
      body: () => <StartedPanel username={session?.user.username ?? ''} search={search} processTitle={processTitle} />,
    },
    cc: {
      label: t('inboxTabs.tabCc'),
      count: <Badge count={ccUnread.data?.unread ?? 0} data-testid="cc-unread" />,
      body: () => <CcPanel search={search} />,
    },
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <InboxHeader
        mine={mine.data?.items.length}
        claimable={claimable.data?.items.length}
        refreshing={taskQueries.some((query) => query.isFetching)}
        onRefresh={() => taskQueries.forEach((query) => void query.refetch())}
      />
      <InboxFilters value={search} onChange={(next) => setParams(writeSearch(params, next), { replace: true })} />
      <Tabs
        activeKey={tab}
        onChange={(key) => select(key as InboxPageTab)}
        destroyOnHidden
        items={INBOX_PAGE_TABS.map((key) => ({
          key,
          label: (
            <Space size={6} data-testid={`tab-${key}`}>
              {panels[key].label}
              {panels[key].count}
            </Space>
          ),
          children: panels[key].body(),
        }))}
      />
    </Space>
  );
}
