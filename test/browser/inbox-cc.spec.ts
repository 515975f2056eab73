// 抄送我的 and the bell, in the browser: the office is copied on a purchase approval and reads the copy
// (unread → read), its bell counting up live while the page is open; in English the leader's bell
// counts the applicant's urge, and the list marks everything read.
import type { Browser, Page } from 'playwright-core';
import { apiAs, publishAsOwner } from './support/api';
import { purchaseApprovalSpec } from './support/approval-definitions';
import { screenshot } from './support/artifacts';
import { launchBrowser } from './support/browser';
import { loginAs, PHONE, type UserSession } from './support/session';

const ACTIVE_PANE = '[role=tabpanel][aria-hidden=false]';
const PREFIX = `CC${Date.now().toString(36).toUpperCase()}`;
const BUSINESS_KEY = new RegExp(`^${PREFIX}-\\d{8}-\\d{3}$`);

function inboxSpec(key: string) {
  const spec = purchaseApprovalSpec(key) as {
    meta: Record<string, unknown>;
    states: { manager: { meta: { task: { approval: Record<string, unknown> } } } };
  };
  spec.meta.summary = [
    { path: 'amount', label: { zh: '金额', en: 'Amount' }, format: 'money' },
    { path: 'item', label: { zh: '事项', en: 'Item' } },
  ];
  // A prefix of this run's own: the search by business key must find this run's copy only, on a
  // database that earlier runs left copies in.
  spec.meta.businessKey = `${PREFIX}-{yyyyMMdd}-{seq:3}`;
  // The manager step copies the office when it opens (a named user: other files add role holders).
  spec.states.manager.meta.task.approval.cc = [{ kind: 'users', users: ['office'] }];
  return spec;
}

async function bellCount(page: Page): Promise<number> {
  return Number(await page.locator('[data-testid=notification-bell]').getAttribute('data-unread'));
}

/** Waits (without reloading: the count comes over the stream) until the bell shows more than `before`. */
async function bellAbove(page: Page, before: number): Promise<number> {
  await page.waitForFunction(
    (n) => Number(document.querySelector('[data-testid=notification-bell]')?.getAttribute('data-unread')) > n,
    before,
    { timeout: 20_000 },
  );
  return bellCount(page);
}

function ccRow(page: Page, instanceId: string) {
  return page.locator(`${ACTIVE_PANE} [data-cc-id]`, { has: page.locator(`[data-instance-id="${instanceId}"]`) });
}

describe('抄送我的 and the notification bell, in the browser', () => {
  const key = `inbox-cc-${process.pid}-${Date.now().toString(36)}`;
  let browser: Browser;

  beforeAll(async () => {
    await publishAsOwner(key, inboxSpec(key));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function start(item: string, amount: number): Promise<{ id: string; businessKey: string }> {
    const staff = await apiAs('staff');
    return staff('POST', '/api/instances', { definitionKey: key, input: { item, amount } });
  }

  it('zh-CN: the office is copied, its bell counts up live, and opening the copy marks it read', async () => {
    const office: UserSession = await loginAs(browser, 'office');
    const { page } = office;
    await page.locator('[data-testid=notification-bell]').waitFor();
    await page.waitForTimeout(1_000);
    const before = await bellCount(page);

    const instance = await start('投影仪', 4321);
    expect(instance.businessKey).toMatch(BUSINESS_KEY);
    expect(await bellAbove(page, before)).toBe(before + 1);

    await page.locator('[data-testid=tab-cc]').click();
    const row = ccRow(page, instance.id);
    await row.waitFor();
    expect(await row.getAttribute('data-read')).toBe('false');
    expect(await row.innerText()).toContain('¥4,321.00');
    expect(await row.innerText()).toContain(instance.businessKey);
    expect(await row.innerText()).toContain('未读');
    await screenshot(page, 'inbox-cc-unread-zh');

    await row.locator('button').click();
    await page.waitForURL(`**/instances/${instance.id}`);
    await page.goto('/tasks?tab=cc');
    await ccRow(page, instance.id).and(page.locator('[data-read=true]')).waitFor();
    expect(await ccRow(page, instance.id).innerText()).toContain('已读');
    await screenshot(page, 'inbox-cc-read-zh');

    // The search narrows the copies to one business key.
    await page.getByPlaceholder('业务编号').fill(instance.businessKey);
    await page.getByPlaceholder('业务编号').press('Enter');
    await page.waitForURL((url) => url.searchParams.get('businessKey') === instance.businessKey);
    // The filtered page replaces the unfiltered rows (the pane may re-render in between): wait for
    // a list of exactly one copy and assert on that same reading, not on a second, later count.
    const listed = await page.waitForFunction((selector) => {
      const rows = [...document.querySelectorAll(selector)];
      const ids = rows.map((row) => row.querySelector('[data-instance-id]')?.getAttribute('data-instance-id'));
      return ids.length === 1 ? ids : false;
    }, `${ACTIVE_PANE} tr[data-cc-id]`);
    expect(await listed.jsonValue()).toEqual([instance.id]);
    await office.context.close();
  });

  it('en: the leader sees 待办 with the summary, the bell counts an urge, and "mark all read" clears it', async () => {
    const instance = await start('Desk lamp', 88.5);
    const leader = await loginAs(browser, 'leader', { language: 'en' });
    const { page } = leader;
    const todoRow = page.locator(`${ACTIVE_PANE} tr`, { has: page.locator(`[data-instance-id="${instance.id}"]`) });
    await todoRow.waitFor();
    expect(await todoRow.innerText()).toContain('¥88.50');
    expect(await page.locator('[data-testid=tab-todo]').innerText()).toContain('To do');
    await page.waitForTimeout(1_000);
    const before = await bellCount(page);

    const staff = await apiAs('staff');
    await staff('POST', `/api/instances/${instance.id}/urge`, { comment: 'please' });
    expect(await bellAbove(page, before)).toBeGreaterThan(before);

    await page.locator('[data-testid=notification-bell]').click();
    const list = page.locator('[data-testid=notification-list]');
    await list.locator('[data-read=false]').first().waitFor();
    expect(await list.innerText()).toContain('Purchase approval');
    await screenshot(page, 'inbox-bell-list-en');
    await list.locator('[data-testid=notifications-read-all]').click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid=notification-bell]')?.getAttribute('data-unread') === '0',
    );
    // The list refetches after the count: wait for it to show every item read.
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid=notification-list] [data-read=false]').length === 0,
    );
    expect(await list.locator('[data-read=false]').count()).toBe(0);

    await page.locator('[data-testid=tab-started]').click();
    await page.locator(`${ACTIVE_PANE} :is(.ant-table, .ant-empty)`).first().waitFor();
    await screenshot(page, 'inbox-started-en');
    await leader.context.close();
  });

  it('on a phone (zh-CN): 我发起的 and 抄送我的 are cards with their summaries, nothing scrolls sideways', async () => {
    const instance = await start('白板', 260);
    const staff = await loginAs(browser, 'staff', { viewport: PHONE });
    await staff.page.goto('/tasks?tab=started');
    const started = staff.page.locator(`${ACTIVE_PANE} [data-testid=list-card][data-instance-row="${instance.id}"]`);
    await started.waitFor();
    expect(await started.innerText()).toMatch(/业务编号[\s\S]*¥260\.00/);
    expect(await started.innerText()).toContain(instance.businessKey);
    expect(await staff.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(staff.page, 'inbox-started-phone-zh');
    await staff.context.close();

    const office = await loginAs(browser, 'office', { viewport: PHONE });
    await office.page.goto('/tasks?tab=cc');
    const copy = ccRow(office.page, instance.id);
    await copy.waitFor();
    expect(await copy.getAttribute('data-testid')).toBe('list-card');
    expect(await copy.innerText()).toContain('¥260.00');
    expect(await office.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(office.page, 'inbox-cc-phone-zh');
    await copy.locator('button').click();
    await office.page.waitForURL(`**/instances/${instance.id}`);
    await office.context.close();
  });
});
