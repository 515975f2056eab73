// The inbox (/tasks): 待办 (mine and claimable), 已办, 我发起的 and 抄送我的, all under one search.
import type { TaskList as TaskPage } from '@liucheng/contracts';
import { Badge, Space, Tabs } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useDefinitions } from '../api/definitions.api';
import { useTaskCounts } from '../api/tasks.api';
import { useSession } from '../auth/session-context';
import { ErrorAlert } from '../common/error-alert';
import { PageLoading } from '../common/page-loading';
import { pickLabel } from '../i18n/localize';
import { useLanguage } from '../i18n/use-language';
import { CcPanel } from '../inbox/cc-panel';
import { InboxFilters } from '../inbox/inbox-filters';
import { InboxHeader } from '../inbox/inbox-header';
import { fromUrlTab, INBOX_PAGE_TABS, toUrlTab, type InboxPageTab } from '../inbox/inbox-page-tab';
import { useCcUnreadCount, useTaskPages } from '../inbox/inbox-queries';
import { DONE_QUERY, TODO_QUERIES } from '../inbox/inbox-tab';
import { readSearch, writeSearch } from '../inbox/inbox-search';
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
  const todo = useTaskPages(TODO_QUERIES[view], search);
  const done = useTaskPages(DONE_QUERY, search, tab === 'done');
  const counts = useTaskCounts(search as Record<string, string | undefined>);
  const ccUnread = useCcUnreadCount();
  const definitions = useDefinitions();
  const titles = new Map((definitions.data ?? []).map((d) => [d.key, pickLabel(d.title, language, d.key)]));
  const processTitle = (key: string) => titles.get(key);
  const select = (next: InboxPageTab, nextView: TodoView = 'all') => {
    const updated = new URLSearchParams(params);
    updated.set('tab', toUrlTab(next, nextView));
    setParams(updated, { replace: true });
  };
  const taskQueries = [todo, done, counts];
  const items = (pages: { pages: TaskPage[] } | undefined) => pages?.pages.flatMap((page) => page.items) ?? [];

  const panels: Record<InboxPageTab, { label: string; count?: ReactNode; body: () => ReactNode }> = {
    todo: {
      label: t('inboxTabs.tabTodo'),
      count: counts.data && (
        <Badge count={counts.data.mine + counts.data.claimable} showZero overflowCount={9999} color="#1677ff" />
      ),
      body: () =>
        todo.isPending ? (
          <PageLoading />
        ) : todo.error ? (
          <ErrorAlert error={todo.error} />
        ) : (
          <TodoPanel
            view={view}
            onView={(next) => select('todo', next)}
            tasks={items(todo.data)}
            pages={todo}
            counts={counts.data}
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
            tasks={items(done.data)}
            pages={done}
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
        mine={counts.data?.mine}
        claimable={counts.data?.claimable}
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
