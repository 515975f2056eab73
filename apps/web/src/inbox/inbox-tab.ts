// The inbox tabs and the task query behind each.
import type { TaskQuery } from '@liucheng/contracts';

export type InboxTab = 'mine' | 'claimable' | 'done';

export const INBOX_TABS: readonly InboxTab[] = ['mine', 'claimable', 'done'];

export const TAB_QUERIES: Record<InboxTab, TaskQuery> = {
  mine: { scope: 'mine', status: 'open' },
  claimable: { scope: 'candidate', status: 'open' },
  done: { scope: 'mine', status: 'done' },
};

/** A tab named in the URL, or undefined for anything else. */
export function toInboxTab(value: string | null): InboxTab | undefined {
  return INBOX_TABS.find((tab) => tab === value);
}
