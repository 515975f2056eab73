// Inbox helpers: which instances' tasks a user sees on a tab, and opening one of them.
import type { Page } from 'playwright-core';

export type InboxTab = 'mine' | 'claimable' | 'done';

// The shown tab panel (antd keeps visited panels in the DOM, hidden).
const ACTIVE_PANE = '[role=tabpanel][aria-hidden=false]';

/**
 * Loads the inbox on `tab`, waits until its list (or empty state) is shown, and loads every page
 * (the list comes 20 at a time; a shared test database gives a user more than that).
 */
export async function gotoInbox(page: Page, tab: InboxTab): Promise<void> {
  await page.goto(`/tasks?tab=${tab}`);
  const items = `${ACTIVE_PANE} :is(.ant-table-row, [data-testid=task-card])`;
  await page.locator(`${ACTIVE_PANE} :is(.ant-table, .ant-empty, [data-testid=task-card])`).first().waitFor();
  const more = page.locator(`${ACTIVE_PANE} button`, { hasText: /^(加载更多|Load more)$/ });
  while ((await more.count()) > 0) {
    const shown = await page.locator(items).count();
    await more.click();
    await page.waitForFunction(
      ([selector, before]) => document.querySelectorAll(selector as string).length > (before as number),
      [items, shown] as const,
    );
  }
}

/** The instance ids of the tasks listed on `tab`. */
export async function instancesOnTab(page: Page, tab: InboxTab): Promise<string[]> {
  await gotoInbox(page, tab);
  return page
    .locator(`${ACTIVE_PANE} [data-instance-id]`)
    .evaluateAll((links) => links.map((link) => link.getAttribute('data-instance-id') ?? ''));
}

/** The link to the task of `instanceId` on the current tab. */
export function taskLink(page: Page, instanceId: string) {
  return page.locator(`${ACTIVE_PANE} [data-instance-id="${instanceId}"]`);
}

/** Claims the task of `instanceId` from the claimable tab (row button), then it is mine. */
export async function claimTaskOf(page: Page, instanceId: string): Promise<void> {
  await gotoInbox(page, 'claimable');
  const row = page.locator(`${ACTIVE_PANE} :is(tr, [data-testid=task-card])`, {
    has: page.locator(`[data-instance-id="${instanceId}"]`),
  });
  await row.locator('button.ant-btn-primary').click();
  await page.locator('.ant-message-success').first().waitFor();
}

/** Opens the task of `instanceId` from `tab` and waits for its form. */
export async function openTaskOf(page: Page, instanceId: string, tab: InboxTab = 'mine'): Promise<void> {
  await gotoInbox(page, tab);
  await taskLink(page, instanceId).click();
  await page.waitForURL(/\/tasks\/[0-9a-f-]{36}$/);
  await page.locator('[data-testid=task-form]').waitFor();
}
