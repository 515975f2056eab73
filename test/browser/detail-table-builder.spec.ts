// The 明细 field in the simple designer's form builder: a process owner who never sees a key adds a
// detail table with 日期, 事项 and 金额 columns totalled on 金额 to the start form, publishes, and the
// employee's start form shows it as a table whose total follows the typed amounts.
import type { Browser, Locator, Page } from 'playwright-core';
import { apiAs } from './support/api';
import { screenshot } from './support/artifacts';
import { launchBrowser } from './support/browser';
import { createApprovalWorkflow, expectNoProblems, publishDraft } from './support/designer-flow';
import { pickOption } from './support/select-option';
import { loginAs } from './support/session';
import { fillFields } from './support/task-form';

const RUN = Date.now().toString(36);
const NAME = `明细设计 ${RUN}`;

type Schema = { type?: string; title?: string; properties?: Record<string, Schema>; [k: string]: unknown };

/** Clicks `button` until `added` is there (a click under load may not take the first time). */
async function clickUntil(button: Locator, added: Locator): Promise<void> {
  for (let attempt = 0; attempt < 5 && (await added.count()) === 0; attempt += 1) {
    await button.click();
    await added.waitFor({ timeout: 3_000 }).catch(() => undefined);
  }
  await added.waitFor();
}

async function describeField(page: Page, field: Locator, type: string, zh: string, en: string): Promise<void> {
  await pickOption(page, field.locator('.ant-select').first(), type);
  await field.locator('.ant-checkbox-input').first().check();
  await field.locator('input[placeholder]').nth(0).fill(zh);
  await field.locator('input[placeholder]').nth(1).fill(en);
}

describe('the 明细 field in the simple designer', () => {
  const key = `detail-builder-${RUN}`;
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('an owner adds a detail table with a total; the employee sees it as a table', async () => {
    const owner = await loginAs(browser, 'owner');
    const page = owner.page;
    await createApprovalWorkflow(page, { key, zh: NAME, en: NAME });
    await page.locator('[data-testid=simple-node-managerApproval]').waitFor();

    await page.locator('[data-testid=simple-node-start]').click();
    const builder = page.locator('[data-testid=simple-start-panel] [data-testid=form-builder]').first();
    // The template's start form has 事由; the new field is the second (its columns come after it in the page).
    const field = builder.locator('[data-testid=form-field]').nth(1);
    await clickUntil(builder.locator('[data-testid=add-field]'), field);
    await describeField(page, field, '明细', '费用明细', 'Expense lines');
    const columns = field.locator('[data-testid=detail-columns]');
    await columns.waitFor();
    const specs: Array<[string, string, string]> = [
      ['日期', '日期', 'Date'],
      ['文本', '事项', 'Item'],
      ['金额（元）', '金额', 'Amount'],
    ];
    for (const [index, [type, zh, en]] of specs.entries()) {
      const column = columns.locator('[data-testid=form-field]').nth(index);
      await clickUntil(columns.locator('[data-testid=add-field]'), column);
      await describeField(page, column, type, zh, en);
    }
    // Simple mode names fields and columns by their titles only, never by a stored key.
    expect(await field.locator('[data-testid=field-title]').allInnerTexts()).toEqual([
      '费用明细',
      '日期',
      '事项',
      '金额',
    ]);
    await pickOption(page, columns.locator('.ant-select').last(), '合计「金额」');
    await screenshot(page, 'detail-table-builder-zh-CN');

    await expectNoProblems(page);
    await publishDraft(page, 1);
    await owner.context.close();

    const owners = await apiAs('owner');
    const published = await owners<{ spec: { meta: { input: Schema } } }>('GET', `/api/definitions/${key}/versions/1`);
    const properties = published.spec.meta.input.properties ?? {};
    const [linesKey, lines] = Object.entries(properties).find(([, p]) => p.title === '费用明细 / Expense lines') ?? [];
    expect(lines).toMatchObject({ type: 'array', minItems: 1, items: { type: 'object' } });
    const cols = Object.entries((lines?.items as Schema).properties ?? {});
    const keyOf = (title: string) => cols.find(([, p]) => p.title === title)?.[0] ?? '?';
    expect(cols.map(([, p]) => p.title)).toEqual(['日期 / Date', '事项 / Item', '金额 / Amount']);
    expect(lines?.['x-detail']).toEqual({ total: keyOf('金额 / Amount') });

    const staff = await loginAs(browser, 'staff');
    await staff.page.goto('/processes');
    await staff.page.locator('.ant-card', { hasText: NAME }).locator('button.ant-btn-primary').click();
    const modal = staff.page.locator('.ant-modal');
    const table = modal.locator(`[data-testid=detail-table][data-field="${linesKey}"]`);
    await table.waitFor();
    const rows = table.locator('tbody tr.ant-table-row');
    await clickUntil(table.locator('[data-testid=detail-add-row]'), rows.nth(0));
    await clickUntil(table.locator('[data-testid=detail-add-row]'), rows.nth(1));
    const amount = keyOf('金额 / Amount');
    await fillFields(staff.page, modal, { [`${linesKey}_0_${amount}`]: '88.8', [`${linesKey}_1_${amount}`]: '11.2' });
    await table.locator('[data-testid=detail-total]', { hasText: '合计：¥100.00' }).waitFor();
    await rows.nth(0).locator('[data-testid=detail-remove-row]').click();
    await table.locator('[data-testid=detail-total]', { hasText: '合计：¥11.20' }).waitFor();
    expect(await rows.count()).toBe(1);
    await screenshot(staff.page, 'detail-table-builder-start-zh-CN');
    await staff.context.close();
  });
});
