// One list of tasks: a table on wide screens, cards under ~600px; an explaining empty state; "load more".
import { Flex, Grid } from 'antd';
import type { InboxTab } from './inbox-tab';
import { InboxEmpty } from './inbox-empty';
import { LoadMoreButton, type MorePages } from './load-more-button';
import { TaskCards } from './task-cards';
import { TaskTable, type TaskViewProps } from './task-table';

export function TaskList(props: TaskViewProps & { tab: InboxTab; pages: MorePages; onShowClaimable: () => void }) {
  const screens = Grid.useBreakpoint();
  if (props.tasks.length === 0) return <InboxEmpty tab={props.tab} onShowClaimable={props.onShowClaimable} />;
  // useBreakpoint is empty on the first render; assume a wide screen until it answers.
  const phone = screens.sm === false;
  return (
    <Flex vertical gap={12}>
      {phone ? <TaskCards {...props} /> : <TaskTable {...props} />}
      <LoadMoreButton pages={props.pages} />
    </Flex>
  );
}
