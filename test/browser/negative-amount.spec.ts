// Forms never change what was typed: −760 in 实际金额 (minimum 0) stays −760 and is refused with
// a message, nothing is sent (zh-CN); letters in 来宾人数 say "must be a number", not "required" (en).
import type { Browser } from 'playwright-core';
import { screenshot } from './support/artifacts';
import { callApi, tokenOf } from './support/api-calls';
import { launchBrowser } from './support/browser';
import { openTaskOf } from './support/inbox';
import { loginAs, type UserSession } from './support/session';
import { fillTaskForm, refusedErrors } from './support/task-form';

const INPUT = {
  guests: '某客户 李经理',
  guestCount: 2,
  purpose: '项目洽谈',
  estimatedAmount: 800,
  alcohol: false,
  region: 'city',
};

describe('typed values are kept and refused with a message, in the browser', () => {
  let browser: Browser;
  let staff: UserSession;
  let instanceId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    staff = await loginAs(browser, 'staff');
    const started = await callApi<{ id: string }>(await tokenOf('staff'), 'POST', '/api/instances', {
      definitionKey: 'entertainment-expense',
      input: INPUT,
    });
    instanceId = started.id;
    await callApi(await tokenOf('leader'), 'POST', `/api/instances/${instanceId}/events`, {
      type: 'APPROVE',
      data: { comment: '同意' },
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('−760 in 实际金额 stays −760, says it may not be below 0, and nothing is sent (zh-CN)', async () => {
    const page = staff.page;
    await openTaskOf(page, instanceId);
    await fillTaskForm(page, { actualAmount: '-760' });
    const amount = page.locator('#root_actualAmount');
    await amount.blur();
    expect(await amount.inputValue()).toBe('-760');
    // The hosting date is required too (the settlement deadline counts from it).
    expect(await refusedErrors(page, 'HOSTED')).toEqual(['不能小于 0', '必填']);
    expect(await amount.inputValue()).toBe('-760');
    expect(new URL(page.url()).pathname).toMatch(/^\/tasks\/[0-9a-f-]{36}$/);
    await screenshot(page, 'negative-amount-refused');

    const instance = await callApi<{ state: unknown; context: Record<string, unknown> }>(
      await tokenOf('staff'),
      'GET',
      `/api/instances/${instanceId}`,
    );
    expect(instance.state).toBe('hosting');
    expect(instance.context.actualAmount).toBeUndefined();

    // Fixed, the error goes as the user types.
    await amount.fill('760');
    await page
      .locator('[data-testid=task-form] .ant-form-item-explain-error', { hasText: '不能小于 0' })
      .waitFor({ state: 'detached' });
    expect(await amount.inputValue()).toBe('760');
  });

  it('letters in Number of guests say "Must be a number", not "Required"; the option shows no empty choice (en)', async () => {
    const user = await loginAs(browser, 'staff', { language: 'en' });
    const page = user.page;
    await page.goto('/processes');
    await page
      .locator('.ant-card[data-definition-key=entertainment-expense]')
      .locator('button.ant-btn-primary')
      .click();
    const modal = page.locator('.ant-modal');
    await modal.locator('form').waitFor();
    await modal.locator('#root_guestCount').fill('three');
    await modal.locator('#root_region').click();
    const options = await page.locator('.ant-select-item-option').allInnerTexts();
    expect(options).toEqual(['City', 'County']);
    await page.keyboard.press('Escape');
    await modal.locator('.ant-modal-footer button.ant-btn-primary').click();
    // The field's own form item (the object around it is one too).
    const guestCount = modal
      .locator('#root_guestCount')
      .locator('xpath=ancestor::div[contains(concat(" ", normalize-space(@class), " "), " ant-form-item ")][1]');
    await guestCount.locator('.ant-form-item-explain-error').waitFor();
    expect(await guestCount.locator('.ant-form-item-explain-error').allInnerTexts()).toEqual(['Must be a number']);
    expect(await modal.locator('#root_guestCount').inputValue()).toBe('three');
    await screenshot(page, 'letters-in-integer-en');
    await user.context.close();
  });

  it('the zh date picker is Chinese throughout', async () => {
    const page = staff.page;
    await openTaskOf(page, instanceId);
    await page.locator('#root_hostedOn').click();
    const panel = page.locator('.ant-picker-dropdown:visible');
    await panel.waitFor();
    const header = await panel.locator('.ant-picker-header-view').innerText();
    expect(header).toMatch(/^\d{4}年\s*\d{1,2}月$/);
    const weekdays = await panel.locator('.ant-picker-content thead th').allInnerTexts();
    expect(weekdays).toEqual(['一', '二', '三', '四', '五', '六', '日']);
    await panel.locator('.ant-picker-cell-in-view', { hasText: /^15$/ }).first().click();
    expect(await page.locator('#root_hostedOn').inputValue()).toMatch(/^\d{4}年\d{1,2}月15日$/);
    await screenshot(page, 'date-picker-zh');
  });
});
