// Searchable fields end to end: a process owner marks a start-form field searchable in the simple
// designer (meta.search) and publishes; two instances start; the auditor picks the process, is
// offered the field by its title marked 快速查询 / indexed, and finds exactly the instance whose
// amount fits (and none when nothing does), by another form field, and by a typed path.
import type { Instance } from '@liucheng/contracts';
import type { Browser, Page } from 'playwright-core';
import { apiAs } from './support/api';
import { screenshot } from './support/artifacts';
import { launchBrowser } from './support/browser';
import { createApprovalWorkflow, expectNoProblems, publishDraft } from './support/designer-flow';
import { pickOption, selectById } from './support/select-option';
import { loginAs, type UserSession } from './support/session';

const RUN = Date.now().toString(36);
const KEY = `search-fields-${RUN}`;
const NAME = `可搜索报销 ${RUN}`;
const OPEN_DROPDOWN = '.ant-select-dropdown:not(.ant-select-dropdown-hidden)';

/** The instance ids the audit results list, once they are `expected` (the list reloads per search). */
async function waitForRows(page: Page, expected: string[]): Promise<void> {
  const rows = page.locator('[data-testid=audit-results] tr[data-row-key]');
  const keys = () => rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-row-key') ?? '').sort());
  for (let waited = 0; waited < 10_000; waited += 100) {
    if (JSON.stringify(await keys()) === JSON.stringify([...expected].sort())) break;
    await page.waitForTimeout(100);
  }
  expect(await keys()).toEqual([...expected].sort());
  if (expected.length === 0)
    await page.locator('[data-testid=audit-results]', { hasText: '没有符合条件的流程实例' }).waitFor();
}

/** Opens the audit field picker and returns the open dropdown's option for `path`. */
async function fieldOption(page: Page, path: string) {
  const dropdown = page.locator(OPEN_DROPDOWN);
  if ((await dropdown.count()) === 0) await selectById(page, 'audit-field').click();
  const option = dropdown.locator('.ant-select-item-option').filter({ has: page.locator(`[data-path="${path}"]`) });
  await option.waitFor();
  return option;
}

/** Presses 查询 and waits until the URL holds `params`. */
async function search(page: Page, params: Record<string, string>): Promise<void> {
  await page.locator('[data-testid=audit-submit]').click();
  await page.waitForURL((url) => Object.entries(params).every(([name, value]) => url.searchParams.get(name) === value));
}

describe('searchable fields: the designer declares, the auditor picks', () => {
  let browser: Browser;
  const sessions: UserSession[] = [];
  let amountKey = '';
  let bigId = '';
  let smallId = '';

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const s of sessions) await s.context.close();
    await browser?.close();
  });
  const login = async (user: string, language: 'zh-CN' | 'en' = 'zh-CN') => {
    const session = await loginAs(browser, user, { language });
    sessions.push(session);
    return session;
  };

  it('the process owner marks the amount searchable in the start panel and publishes', async () => {
    const { page } = await login('owner');
    await createApprovalWorkflow(page, { key: KEY, zh: NAME, en: `Searchable expense ${RUN}` });
    await page.locator('[data-testid=simple-node-start]').click();

    // The template's 事由, plus a money field 报销金额 and a text field 备注.
    const panel = page.locator('[data-testid=simple-start-panel]');
    const builder = panel.locator('[data-testid=form-builder]');
    const addField = async (zh: string, en: string, type?: string) => {
      await builder.locator('[data-testid=add-field]').click();
      const field = builder.locator('[data-testid=form-field]').last();
      if (type) await pickOption(page, field.locator('.ant-select'), type);
      await field.locator('input[placeholder]').nth(0).fill(zh);
      await field.locator('input[placeholder]').nth(1).fill(en);
      await field.locator('[data-testid=field-title]', { hasText: zh }).waitFor();
    };
    await addField('报销金额', 'Amount', '金额（元）');
    await addField('备注', 'Note');

    const searchable = selectById(panel, 'search-fields');
    expect(await panel.innerText()).toContain('可搜索字段（审计查询）');
    await pickOption(page, searchable, '报销金额');
    await pickOption(page, searchable, '备注');
    // Offered by title, never by the stored key.
    await searchable.click();
    const offered = await page.locator(`${OPEN_DROPDOWN} .ant-select-item-option`).allInnerTexts();
    expect(offered).toEqual(['事由', '报销金额', '备注']);
    await page.keyboard.press('Escape');

    // 备注 taken off the form: it is no longer searched.
    await builder
      .locator('[data-testid=form-field]')
      .filter({ has: page.locator('[data-testid=field-title]', { hasText: '备注' }) })
      .getByRole('button', { name: '移除' })
      .click();
    await builder.locator('[data-testid=field-title]', { hasText: '备注' }).waitFor({ state: 'detached' });
    await searchable.filter({ hasNotText: '备注' }).filter({ hasText: '报销金额' }).waitFor();
    await screenshot(page, 'search-fields-designer-zh');

    await expectNoProblems(page);
    await publishDraft(page, 1);

    const owner = await apiAs('owner');
    const published = await owner<{
      spec: { meta: { search?: string[]; input: { properties: Record<string, { title?: string }> } } };
    }>('GET', `/api/definitions/${KEY}/versions/1`);
    amountKey =
      Object.entries(published.spec.meta.input.properties).find(([, f]) => f.title?.startsWith('报销金额'))?.[0] ?? '';
    expect(amountKey).toMatch(/^field\d+$/);
    expect(published.spec.meta.search).toEqual([amountKey]);

    // The canvas shows the same declaration under the process settings (nothing selected).
    await page.locator('[data-testid=designer-mode-canvas]').click();
    await page.locator('.ant-tabs-tab', { hasText: '属性' }).first().click();
    const settings = page.locator('[data-testid=process-settings]');
    await settings.waitFor();
    expect(await selectById(settings, 'search-fields').innerText()).toContain('报销金额');
  });

  it('the auditor picks the declared field by its title and finds exactly the instance', async () => {
    expect(amountKey).not.toBe('');
    const staff = await apiAs('staff');
    bigId = (
      await staff<Instance>('POST', '/api/instances', {
        definitionKey: KEY,
        input: { reason: '北京出差', [amountKey]: 6800 },
      })
    ).id;
    smallId = (
      await staff<Instance>('POST', '/api/instances', {
        definitionKey: KEY,
        input: { reason: '上海出差', [amountKey]: 3000 },
      })
    ).id;

    const { page } = await login('auditor');
    await page.locator('[data-testid=audit-search]').waitFor();
    // Without a process the field is typed (today's free input).
    expect(await page.locator('input#audit-field').getAttribute('placeholder')).toBe('如 amount');
    await pickOption(page, selectById(page, 'audit-process'), NAME, RUN);

    // Offered by its title, the key beside it, marked 快速查询; 事由 is offered without the mark.
    const amount = await fieldOption(page, amountKey);
    expect(await amount.innerText()).toContain('报销金额');
    expect(await amount.innerText()).toContain(amountKey);
    expect(await amount.locator('[data-testid=audit-field-indexed]').innerText()).toBe('快速查询');
    const reason = await fieldOption(page, 'reason');
    expect(await reason.innerText()).toContain('事由');
    expect(await reason.locator('[data-testid=audit-field-indexed]').count()).toBe(0);
    await screenshot(page, 'search-fields-audit-options-zh');
    await amount.click();
    await selectById(page, 'audit-field').filter({ hasText: '报销金额' }).waitFor();

    // A number field starts at 大于等于; the value reads as money.
    expect(await selectById(page, 'audit-op').innerText()).toContain('大于等于');
    const value = page.locator('#audit-value');
    await value.fill('6000');
    await value.blur();
    await page.waitForFunction(
      () => (document.querySelector('#audit-value') as HTMLInputElement)?.value === '6,000.00',
    );
    expect(await page.locator('[data-testid=audit-search] .ant-input-number-prefix').innerText()).toBe('¥');
    await search(page, { definitionKey: KEY, field: amountKey, op: 'gte', value: '6000' });
    await waitForRows(page, [bigId]);
    await screenshot(page, 'search-fields-audit-found-zh');

    // A value no instance reaches finds none.
    await value.fill('7000');
    await search(page, { field: amountKey, op: 'gte', value: '7000' });
    await waitForRows(page, []);

    // Another start-form field (not declared): text starts at 等于.
    await (await fieldOption(page, 'reason')).click();
    await selectById(page, 'audit-field').filter({ hasText: '事由' }).waitFor();
    expect(await selectById(page, 'audit-op').innerText()).toContain('等于');
    await page.locator('#audit-value').fill('上海出差');
    await search(page, { field: 'reason', op: 'eq', value: '上海出差' });
    await waitForRows(page, [smallId]);

    // Any other path can still be typed.
    await selectById(page, 'audit-field').click();
    await page.locator('#audit-field').fill('note.extra');
    expect(await page.locator(`${OPEN_DROPDOWN} .ant-select-item-option`).allInnerTexts()).toEqual([
      '按字段路径 note.extra 查询',
    ]);
    await pickOption(page, selectById(page, 'audit-field'), 'note.extra');
    await search(page, { field: 'note.extra', op: 'eq', value: '上海出差' });
    await waitForRows(page, []);
  });

  it('in English the field is offered by its English title, marked indexed', async () => {
    const { page } = await login('auditor', 'en');
    await page.goto(`/audit?definitionKey=${KEY}&field=${amountKey}&op=gte&value=6000`);
    await waitForRows(page, [bigId]);
    // The URL's field shows by its title, the operator by its words.
    await selectById(page, 'audit-field').filter({ hasText: 'Amount' }).waitFor();
    expect(await selectById(page, 'audit-op').innerText()).toContain('at least');
    const amount = await fieldOption(page, amountKey);
    expect(await amount.innerText()).toContain('Amount');
    expect(await amount.locator('[data-testid=audit-field-indexed]').innerText()).toBe('indexed');
    await screenshot(page, 'search-fields-audit-options-en');
  });
});
