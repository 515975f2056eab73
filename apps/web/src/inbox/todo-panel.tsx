// 待办: open tasks I hold plus those I may claim, with a switch to show only one of the two.
import type { TaskCounts, TaskListItem } from '@liucheng/contracts';
import { Flex, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MorePages } from './load-more-button';
import { TaskList } from './task-list';

export type TodoView = 'all' | 'mine' | 'claimable';

export function TodoPanel(props: {
  view: TodoView;
  onView: (view: TodoView) => void;
  /** The view's tasks, as far as they are loaded, in the server's order. */
  tasks: TaskListItem[];
  pages: MorePages;
  /** Counted whole by the server under the same search; undefined while loading. */
  counts?: TaskCounts;
  now: number;
  processTitle: (key: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const { view, counts } = props;
  const count = (n: number | undefined) => (n === undefined ? '' : ` ${n}`);
  return (
    <Flex vertical gap={12}>
      <Segmented<TodoView>
        value={view}
        onChange={props.onView}
        options={[
          { value: 'all', label: `${t('inboxTabs.todoAll')}${count(counts && counts.mine + counts.claimable)}` },
          { value: 'mine', label: `${t('inboxTabs.todoMine')}${count(counts?.mine)}` },
          { value: 'claimable', label: `${t('inboxTabs.todoClaimable')}${count(counts?.claimable)}` },
        ]}
      />
      <TaskList
        tasks={props.tasks}
        pages={props.pages}
        tab={view === 'claimable' ? 'claimable' : 'mine'}
        now={props.now}
        processTitle={props.processTitle}
        onShowClaimable={() => props.onView('claimable')}
      />
    </Flex>
  );
}
