// The three inbox lists, sorted for display, and the count of open work (for the tab and nav badges).
import type { TaskListItem } from '@liucheng/contracts';
import { useMemo } from 'react';
import { useTaskCounts, useTasks } from '../api/tasks.api';
import { TAB_QUERIES, type InboxTab } from './inbox-tab';
import { sortDoneTasks, sortOpenTasks } from './sort-tasks';

export function useInbox() {
  const mine = useTasks(TAB_QUERIES.mine);
  const claimable = useTasks(TAB_QUERIES.claimable);
  const done = useTasks(TAB_QUERIES.done);
  const lists = useMemo<Record<InboxTab, TaskListItem[]>>(
    () => ({
      mine: sortOpenTasks(mine.data?.items ?? []),
      claimable: sortOpenTasks(claimable.data?.items ?? []),
      done: sortDoneTasks(done.data?.items ?? []),
    }),
    [mine.data, claimable.data, done.data],
  );
  return { queries: { mine, claimable, done }, lists };
}

/** Open tasks assigned to me plus those I may claim; undefined while loading. */
export function useOpenTaskCount(): number | undefined {
  // Counted by the server: the badge is on every page, and the lists stop at 500.
  const counts = useTaskCounts();
  return counts.data ? counts.data.mine + counts.data.claimable : undefined;
}
