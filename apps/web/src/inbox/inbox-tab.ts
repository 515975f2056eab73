// The inbox tabs and the task query behind each list, in the order it is shown.
import type { TaskPageQuery } from './inbox-queries';

export type InboxTab = 'mine' | 'claimable' | 'done';

export const INBOX_TABS: readonly InboxTab[] = ['mine', 'claimable', 'done'];

/** 待办's views: everything open for me, only mine, only what I may claim; soonest due first. */
export const TODO_QUERIES: Record<'all' | 'mine' | 'claimable', TaskPageQuery> = {
  all: { scope: 'todo', sort: 'due' },
  mine: { scope: 'mine', status: 'open', sort: 'due' },
  claimable: { scope: 'candidate', status: 'open', sort: 'due' },
};

/** 已办: most recently completed first. */
export const DONE_QUERY: TaskPageQuery = { scope: 'mine', status: 'done', sort: 'completed' };

/** A tab named in the URL, or undefined for anything else. */
export function toInboxTab(value: string | null): InboxTab | undefined {
  return INBOX_TABS.find((tab) => tab === value);
}
