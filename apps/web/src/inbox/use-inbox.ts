// The count of open work for the navigation badge.
import { useTaskCounts } from '../api/tasks.api';

/** Open tasks assigned to me plus those I may claim; undefined while loading. */
export function useOpenTaskCount(): number | undefined {
  // Counted by the server: the badge is on every page, and the lists come in pages.
  const counts = useTaskCounts();
  return counts.data ? counts.data.mine + counts.data.claimable : undefined;
}
