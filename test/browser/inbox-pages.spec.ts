// The inbox in pages, in the browser: 23 open tasks of one process show 20 at a time, soonest due
// first, the tab counting all 23 (counted by the server under the same search); "load more" brings
// the rest and disappears. Then in English on a phone, the same with cards.
import type { Browser, Page } from 'playwright-core';
import { apiAs, publishAsOwner } from './support/api';
import { screenshot } from './support/artifacts';
import { launchBrowser } from './support/browser';
import { loginAs, PHONE } from './support/session';

const ACTIVE_PANE = '[role=tabpanel][aria-hidden=false]';
const TASKS = 23;
/**
 * Even numbers are due in a day, started one after another: soonest due first is 0, 2, … 22; the
 * odd ones have no due time and follow newest first: 21, 19, … 1.
 */
const EXPECTED_ORDER = [
  ...Array.from({ length: 12 }, (_, i) => 2 * i),
  ...Array.from({ length: 11 }, (_, i) => 21 - 2 * i),
];

/** One task for the starter; every other instance is due in a day, so the order is visible. */
function pagedSpec(key: string): Record<string, unknown> {
  const task = (due?: string) => ({
    title: { zh: '整理资料', en: 'Sort the papers' },
    assignee: 'starter',
    outcomes: ['DONE'],
    ...(due ? { due } : {}),
  });
  return {
    id: key,
    initial: 'route',
    meta: {
      title: { zh: '分页办理', en: 'Paged work' },
      input: { type: 'object', properties: { n: { type: 'integer' }, soon: { type: 'boolean' } } },
      summary: [{ path: 'n', label: { zh: '编号', en: 'No.' } }],
      events: { DONE: { title: { zh: '完成', en: 'Done' }, schema: { type: 'object' } } },
    },
    context: {},
    states: {
      route: {
        always: [
          { target: 'soon', guard: { type: 'eq', params: { field: 'context.soon', value: true } } },
          { target: 'whenever' },
        ],
      },
      soon: { meta: { task: task('P1D') }, on: { DONE: 'done' } },
      whenever: { meta: { task: task() }, on: { DONE: 'done' } },
      done: { type: 'final' },
    },
  };
}

describe('the inbox in pages, in the browser', () => {
  const key = `inbox-pages-${process.pid}-${Date.now().toString(36)}`;
  let browser: Browser;

  beforeAll(async () => {
    await publishAsOwner(key, pagedSpec(key));
    const staff = await apiAs('staff');
    for (let n = 0; n < TASKS; n += 1)
      await staff('POST', '/api/instances', { definitionKey: key, input: { n, soon: n % 2 === 0 } });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** The numbers of the tasks shown, top to bottom (from the summary column or card). */
  async function shownNumbers(page: Page): Promise<number[]> {
    const texts = await page.locator(`${ACTIVE_PANE} [data-testid=summary-values]`).allInnerTexts();
    return texts.map((text) => Number(/(\d+)\s*$/.exec(text.trim())?.[1]));
  }

  it('zh-CN: 20 rows of 23, due work first, then 加载更多 brings the other 3', async () => {
    const { page, context } = await loginAs(browser, 'staff');
    await page.goto(`/tasks?definitionKey=${encodeURIComponent(key)}`);
    const rows = page.locator(`${ACTIVE_PANE} .ant-table-row`);
    await rows.first().waitFor();
    await expect(rows.count()).resolves.toBe(20);
    await page.locator('.ant-segmented-item', { hasText: `全部 ${TASKS}` }).waitFor();
    await expect(shownNumbers(page)).resolves.toEqual(EXPECTED_ORDER.slice(0, 20));
    await screenshot(page, 'inbox-pages-zh-first-page');
    await page.locator(`${ACTIVE_PANE} button`, { hasText: '加载更多' }).click();
    await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 23, `${ACTIVE_PANE} .ant-table-row`);
    await expect(page.locator(`${ACTIVE_PANE} button`, { hasText: '加载更多' }).count()).resolves.toBe(0);
    await expect(shownNumbers(page)).resolves.toEqual(EXPECTED_ORDER);
    await context.close();
  });

  it('en on a phone: cards in pages of 20 with Load more', async () => {
    const { page, context } = await loginAs(browser, 'staff', { language: 'en', viewport: PHONE });
    await page.goto(`/tasks?definitionKey=${encodeURIComponent(key)}`);
    const cards = page.locator(`${ACTIVE_PANE} [data-testid=task-card]`);
    await cards.first().waitFor();
    await expect(cards.count()).resolves.toBe(20);
    await page.locator('.ant-segmented-item', { hasText: `All ${TASKS}` }).waitFor();
    await page.locator(`${ACTIVE_PANE} button`, { hasText: 'Load more' }).click();
    await page.waitForFunction(
      (sel) => document.querySelectorAll(sel).length === 23,
      `${ACTIVE_PANE} [data-testid=task-card]`,
    );
    await screenshot(page, 'inbox-pages-en-phone');
    await context.close();
  });
});
