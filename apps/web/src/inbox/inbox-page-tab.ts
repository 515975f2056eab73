// The inbox page's tabs (待办 / 已办 / 我发起的 / 抄送我的) and how the URL's `tab` names them.
import type { TodoView } from './todo-panel';

export type InboxPageTab = 'todo' | 'done' | 'started' | 'cc';

export const INBOX_PAGE_TABS: readonly InboxPageTab[] = ['todo', 'done', 'started', 'cc'];

/**
 * The tab and 待办 view a URL `tab` names; `mine` and `claimable` (the old tab names, still linked to)
 * open 待办 showing only that half; anything else opens all of 待办.
 * @example fromUrlTab('claimable') // { tab: 'todo', view: 'claimable' }
 */
export function fromUrlTab(value: string | null): { tab: InboxPageTab; view: TodoView } {
  if (value === 'mine' || value === 'claimable') return { tab: 'todo', view: value };
  const tab = INBOX_PAGE_TABS.find((key) => key === value) ?? 'todo';
  return { tab, view: 'all' };
}

/** The URL `tab` for a tab and 待办 view (the inverse of fromUrlTab). */
export function toUrlTab(tab: InboxPageTab, view: TodoView): string {
  return tab === 'todo' && view !== 'all' ? view : tab;
}
