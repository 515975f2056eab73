// Working calendars in the browser: an admin (zh-CN) pages through the months of the Monday–Friday
// calendar (National Day, its 调休 Saturday, 2027 not covered yet), adds a company closure and
// removes it again, and looks at the Monday–Saturday calendar. Every click is checked by its effect.
import type { Browser, Page } from 'playwright-core';
import { apiAs } from './support/api';
import { screenshot } from './support/artifacts';
import { launchBrowser } from './support/browser';
import { pickOption, selectById } from './support/select-option';
import { loginAs, type UserSession } from './support/session';

const cell = (page: Page, date: string) => page.locator(`[data-testid=calendar-day][data-date="${date}"]`);

/** Pages with the arrows until the month shows `label` (a lost click is simply clicked again). */
async function goToMonth(page: Page, label: string, target: string): Promise<void> {
  const shown = page.locator('[data-testid=calendar-month-label]');
  for (let clicks = 0; clicks < 40; clicks++) {
    const text = await shown.innerText();
    if (text === label) break;
    const current = await page.locator('[data-testid=calendar-day]').first().getAttribute('data-date');
    const back = current !== null && current.slice(0, 7) > target;
    await page.locator(`button[aria-label="${back ? '上个月' : '下个月'}"]`).click();
    await page
      .waitForFunction(
        ([before]) => document.querySelector('[data-testid=calendar-month-label]')?.textContent !== before,
        [text],
        { timeout: 5_000 },
      )
      .catch(() => undefined);
  }
  await cell(page, `${target}-01`).waitFor();
}

describe('working calendars, in the browser', () => {
  let browser: Browser;
  let admin: UserSession;

  beforeAll(async () => {
    browser = await launchBrowser();
    admin = await loginAs(browser, 'admin', { home: '/admin/users' });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows National Day, its make-up Saturday and a year not covered yet', async () => {
    const page = admin.page;
    // From the user menu; a click lost while the dropdown opens is tried again.
    for (let attempt = 0; attempt < 4 && new URL(page.url()).pathname !== '/admin/calendars'; attempt++) {
      const item = page.locator('.ant-dropdown-menu-item', { hasText: '工作日历' });
      if (!(await item.isVisible())) await page.locator('[data-testid=user-menu]').click();
      await item.waitFor();
      await item.click();
      await page.waitForURL((url) => url.pathname === '/admin/calendars', { timeout: 3_000 }).catch(() => undefined);
    }
    await page.waitForURL((url) => url.pathname === '/admin/calendars');
    await page.locator('[data-testid=calendar-month]').waitFor();
    await goToMonth(page, '2026年10月', '2026-10');
    await cell(page, '2026-10-01').waitFor();
    expect(await cell(page, '2026-10-01').getAttribute('data-kind')).toBe('holiday');
    expect(await cell(page, '2026-10-01').innerText()).toContain('国庆节');
    expect(await cell(page, '2026-10-08').getAttribute('data-kind')).toBe('working');
    expect(await cell(page, '2026-10-10').getAttribute('data-kind')).toBe('make-up');
    expect(await cell(page, '2026-10-10').innerText()).toContain('调休上班');
    expect(await cell(page, '2026-10-11').getAttribute('data-kind')).toBe('rest');
    await screenshot(page, 'calendar-october');

    await goToMonth(page, '2027年1月', '2027-01');
    expect(await cell(page, '2027-01-04').getAttribute('data-kind')).toBe('not-covered');
    await page.locator('.ant-alert', { hasText: '尚未发布' }).waitFor();
  });

  it('adds a company closure and removes it again', async () => {
    const page = admin.page;
    await goToMonth(page, '2026年11月', '2026-11');
    expect(await cell(page, '2026-11-16').getAttribute('data-kind')).toBe('working');
    const form = page.locator('[data-testid=calendar-exception-form]');
    const inputs = form.locator('.ant-picker-range input');
    // Typed dates count once the picker loses focus (Enter would also submit the form).
    await inputs.nth(0).click();
    await inputs.nth(0).fill('2026-11-16');
    await inputs.nth(1).click();
    await inputs.nth(1).fill('2026-11-17');
    await form.locator('#reason').click();
    await form.locator('#reason').fill('办公室搬迁');
    await form.locator('button[type=submit]').click();
    await page.locator('.ant-message-success', { hasText: '已添加' }).waitFor();
    await page.locator('[data-testid=calendar-day][data-date="2026-11-17"][data-kind=closure]').waitFor();
    expect(await cell(page, '2026-11-16').getAttribute('data-kind')).toBe('closure');
    expect(await cell(page, '2026-11-16').innerText()).toContain('办公室搬迁');
    await screenshot(page, 'calendar-closure');

    await page.locator('[data-testid="remove-exception-2026-11-16"]').click();
    await page.locator('.ant-popconfirm .ant-btn-primary').click();
    await page.locator('.ant-message-success', { hasText: '已删除' }).waitFor();
    await page.locator('[data-testid=calendar-day][data-date="2026-11-16"][data-kind=working]').waitFor();
  });

  it('switches to the Monday–Saturday calendar: Saturdays are worked 9:00–17:00', async () => {
    const page = admin.page;
    await pickOption(page, selectById(page, 'calendar-select'), '周一至周六 8:30–17:00（周六 9:00–17:00）');
    await page.locator('[data-testid=calendar-day][data-date="2026-11-14"][data-kind=working]').waitFor();
    expect(await cell(page, '2026-11-14').innerText()).toContain('09:00–17:00');
    expect(await cell(page, '2026-11-15').getAttribute('data-kind')).toBe('rest');
  });

  it('a year not published yet: the admin enters New Year as a closure and declares 2027, which then counts', async () => {
    // A calendar of this test's own: declaring a year on a shipped one would change other tests' deadlines.
    const key = `browser-${Date.now().toString(36)}`;
    const name = `浏览器测试日历 ${key}`;
    const api = await apiAs('admin');
    const week = Object.fromEntries(
      ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d, i) => [
        d,
        i < 5 ? [{ start: '08:00', end: '17:00' }] : [],
      ]),
    );
    await api('PUT', `/api/calendars/${key}`, { name: { zh: name, en: key }, week, publicHolidays: 'cn-mainland' });
    await api('POST', `/api/calendars/${key}/exceptions`, {
      kind: 'closure',
      from: '2027-01-01',
      to: '2027-01-03',
      reason: '元旦',
    });
    const page = admin.page;
    await page.goto('/admin/calendars');
    await page.locator('[data-testid=calendar-month]').waitFor();
    await pickOption(page, selectById(page, 'calendar-select'), name);
    await goToMonth(page, '2027年1月', '2027-01');
    await page.locator('[data-testid=calendar-day][data-date="2027-01-04"][data-kind=not-covered]').waitFor();
    const alert = page.locator('[data-testid=calendar-not-covered]');
    expect(await alert.innerText()).toContain('2027');
    await screenshot(page, 'calendar-not-covered-declare');
    await alert.locator('[data-testid=calendar-declare-year]').click();
    await page.locator('.ant-popconfirm-buttons .ant-btn-primary').click();
    await page.locator('.ant-message-success', { hasText: '2027' }).waitFor();
    await page.locator('[data-testid=calendar-day][data-date="2027-01-04"][data-kind=working]').waitFor();
    expect(await cell(page, '2027-01-01').getAttribute('data-kind')).toBe('closure');
    expect(await page.locator('[data-testid=calendar-not-covered]').count()).toBe(0);
    const stored = await api<{ declaredYears: number[] }>('GET', `/api/calendars/${key}`);
    expect(stored.declaredYears).toEqual([2027]);
  });
});
