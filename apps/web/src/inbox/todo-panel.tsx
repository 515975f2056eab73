// 待办: open tasks I hold plus those I may claim, with a switch to show only one of the two.
import type { TaskListItem } from '@liucheng/contracts';
import { Flex, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { sortOpenTasks } from './sort-tasks';
import { TaskList } from './task-list';

export type TodoView = 'all' | 'mine' | 'claimable';

export function TodoPanel(props: {
  view: TodoView;
  onView: (view: TodoView) => void;
  mine: TaskListItem[];
  claimable: TaskListItem[];
  now: number;
  processTitle: (key: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const { view, mine, claimable } = props;
  const tasks = view === 'mine' ? mine : view === 'claimable' ? claimable : sortOpenTasks([...mine, ...claimable]);
  return (
    <Flex vertical gap={12}>
      <Segmented<TodoView>
        value={view}
        onChange={props.onView}
        options={[
          { value: 'all', label: `${t('inboxTabs.todoAll')} ${mine.length + claimable.length}` },
          { value: 'mine', label: `${t('inboxTabs.todoMine')} ${mine.length}` },
          { value: 'claimable', label: `${t('inboxTabs.todoClaimable')} ${claimable.length}` },
        ]}
      />
      <TaskList
        tasks={tasks}
        tab={view === 'claimable' ? 'claimable' : 'mine'}
        now={props.now}
        processTitle={props.processTitle}
        onShowClaimable={() => props.onView('claimable')}
      />
    </Flex>
  );
}
