// The designer's 定时发起 tab: the process owner sees the weekly report's schedule in Chinese with
// its next occurrences in Beijing time, pauses and resumes it; a read-only viewer sees no buttons.
import type { Browser } from 'playwright-core';
import { screenshot } from './support/artifacts';
import { launchBrowser } from './support/browser';
import { loginAs, type UserSession } from './support/session';

const KEY = 'weekly-report';
const SCHEDULE = 'end-of-week';

describe('designer schedules tab', () => {
  let browser: Browser;
  let owner: UserSession;

  beforeAll(async () => {
    browser = await launchBrowser();
    owner = await loginAs(browser, 'owner');
  });
  afterAll(async () => {
    await owner?.context.close();
    await browser?.close();
  });

  it('shows the rule, the people and the next occurrences in Beijing time', async () => {
    const { page } = owner;
    await page.goto(`/designer/${KEY}`);
    await page.locator('.ant-tabs-tab', { hasText: '定时发起' }).click();
    const item = page.locator(`[data-testid=schedule-${SCHEDULE}]`);
    await item.waitFor();
    expect(await page.locator(`[data-testid=schedule-rule-${SCHEDULE}]`).innerText()).toBe(
      '每个工作周的最后一个工作日 08:00',
    );
    expect(await item.innerText()).toContain('角色“员工”');
    const next = page.locator(`[data-testid=schedule-next-${SCHEDULE}] li`);
    await next.first().waitFor();
    const texts = await next.allInnerTexts();
    for (const text of texts) expect(text).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日周.\s*08:00$/);
    // Five, unless the working calendar (chinese-days) does not publish the coming year yet: then it says so.
    const limit = page.locator(`[data-testid=schedule-calendar-limit-${SCHEDULE}]`);
    if (texts.length < 5) expect(await limit.innerText()).toContain('工作日历目前只到');
    else expect(await limit.count()).toBe(0);
    await screenshot(page, 'designer-schedules');
  });

  it('pauses and resumes the schedule', async () => {
    const { page } = owner;
    const state = page.locator(`[data-testid=schedule-state-${SCHEDULE}]`);
    const toggle = page.locator(`[data-testid=schedule-toggle-${SCHEDULE}]`);
    expect(await state.innerText()).toBe('运行中');
    await toggle.click();
    await page.locator(`[data-testid=schedule-state-${SCHEDULE}]`, { hasText: '已暂停' }).waitFor();
    expect(await page.locator(`[data-testid=schedule-${SCHEDULE}]`).innerText()).toContain('暂停期间不发起');
    await toggle.click();
    await page.locator(`[data-testid=schedule-state-${SCHEDULE}]`, { hasText: '运行中' }).waitFor();
    await page.locator(`[data-testid=schedule-next-${SCHEDULE}] li`).first().waitFor();
  });

  it('offers no pause or run-now to someone who may not manage schedules', async () => {
    const leader = await loginAs(browser, 'leader');
    try {
      await leader.page.goto(`/designer/${KEY}`);
      await leader.page.locator('.ant-tabs-tab', { hasText: '定时发起' }).click();
      await leader.page.locator(`[data-testid=schedule-${SCHEDULE}]`).waitFor();
      expect(await leader.page.locator(`[data-testid=schedule-toggle-${SCHEDULE}]`).count()).toBe(0);
      expect(await leader.page.locator(`[data-testid=schedule-run-${SCHEDULE}]`).count()).toBe(0);
    } finally {
      await leader.context.close();
    }
  });
});
