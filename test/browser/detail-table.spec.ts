// A 明细 (detail table) in the browser: an employee starts a claim whose start form has expense
// lines, adds two rows, sees the live total (¥1,234.50), submits; the approver reads the lines as a
// table with the total on the task page and approves. Then the same in English.
import type { Browser, Locator, Page } from 'playwright-core';
import { apiAs, publishAsOwner } from './support/api';
import { screenshot } from './support/artifacts';
import { launchBrowser } from './support/browser';
import { openTaskOf } from './support/inbox';
import { loginAs } from './support/session';
import { completeWith, fillFields } from './support/task-form';

const text = (zh: string, en: string) => ({ zh, en });
const RUN = Date.now().toString(36).toUpperCase();
const TITLE = text(`明细报销 ${RUN}`, `Itemized claim ${RUN}`);

function detailClaimSpec(key: string) {
  const decision = { type: 'object', properties: { comment: { type: 'string', maxLength: 500 } } };
  return {
    id: key,
    initial: 'manager',
    context: {},
    meta: {
      title: TITLE,
      input: {
        type: 'object',
        required: ['reason', 'lines'],
        properties: {
          reason: { type: 'string', minLength: 1, title: '事由 / Reason', 'x-order': 0 },
          lines: {
            type: 'array',
            title: '费用明细 / Expense lines',
            minItems: 1,
            'x-order': 1,
            'x-detail': { total: 'amount' },
            items: {
              type: 'object',
              required: ['date', 'item', 'amount'],
              properties: {
                date: { type: 'string', format: 'date', title: '日期 / Date', 'x-order': 0 },
                item: { type: 'string', minLength: 1, title: '事项 / Item', 'x-order': 1 },
                amount: { type: 'number', minimum: 0, 'x-kind': 'money', title: '金额 / Amount', 'x-order': 2 },
              },
            },
          },
        },
      },
      events: {
        APPROVE: { title: text('同意', 'Approve'), schema: decision },
        REJECT: { title: text('驳回', 'Reject'), schema: decision },
      },
    },
    states: {
      manager: {
        meta: {
          task: {
            title: text('审批明细报销', 'Approve the itemized claim'),
            outcomes: ['APPROVE', 'REJECT'],
            // A named demo user: other test files add role holders to the shared database.
            approval: { approvers: [{ kind: 'users', users: ['leader'] }] },
          },
        },
        on: { APPROVE: 'approved', REJECT: 'rejected' },
      },
      approved: { type: 'final' },
      rejected: { type: 'final' },
    },
  };
}

/** Presses "add a row" until the table has `count` rows (a click under load may not take the first time). */
async function addRowsUntil(table: Locator, count: number): Promise<void> {
  const rows = table.locator('tbody tr.ant-table-row');
  for (let attempt = 0; attempt < 10 && (await rows.count()) < count; attempt += 1) {
    const before = await rows.count();
    await table.locator('[data-testid=detail-add-row]').click();
    await rows
      .nth(before)
      .waitFor({ timeout: 3_000 })
      .catch(() => undefined);
  }
  expect(await rows.count()).toBe(count);
}

async function openStartForm(page: Page, title: string): Promise<Locator> {
  await page.goto('/processes');
  await page.locator('.ant-card', { hasText: title }).locator('button.ant-btn-primary').click();
  const modal = page.locator('.ant-modal');
  await modal.locator('form').waitFor();
  return modal;
}

async function submitStart(page: Page, modal: Locator): Promise<string> {
  await modal.locator('.ant-modal-footer button.ant-btn-primary').click();
  // The first step is the leader's, so the starter is shown the new instance.
  await page.waitForURL(/\/instances\/[0-9a-f-]{36}$/);
  const id = /\/instances\/([0-9a-f-]{36})$/.exec(new URL(page.url()).pathname)?.[1];
  if (!id) throw new Error(`the start went to ${page.url()}, not to the new instance`);
  return id;
}

describe('a 明细 detail table in the start form and on the approver task page', () => {
  const key = `detail-claim-${process.pid}-${RUN.toLowerCase()}`;
  let browser: Browser;

  beforeAll(async () => {
    await publishAsOwner(key, detailClaimSpec(key));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    {
      language: 'zh-CN' as const,
      title: TITLE.zh,
      rows: [
        { date: '2026-11-30', item: '客户午餐', amount: '1000' },
        { date: '2026-12-01', item: '出租车', amount: '234.5' },
      ],
      totalLabel: '合计：¥1,234.50',
      headers: ['序号', '日期', '事项', '金额'],
      cells: ['2026年11月30日', '客户午餐', '¥1,000.00', '¥234.50'],
      required: '必填',
    },
    {
      language: 'en' as const,
      title: TITLE.en,
      rows: [
        { date: '2026-11-30', item: 'Client lunch', amount: '1000' },
        { date: '2026-12-01', item: 'Taxi', amount: '234.5' },
      ],
      totalLabel: 'Total: ¥1,234.50',
      headers: ['No.', 'Date', 'Item', 'Amount'],
      cells: ['November 30, 2026', 'Client lunch', '¥1,000.00', '¥234.50'],
      required: 'Required',
    },
  ])('$language: two lines, a live total, and the approver sees the table', async (c) => {
    const staff = await loginAs(browser, 'staff', { language: c.language });
    const modal = await openStartForm(staff.page, c.title);
    const table = modal.locator('[data-testid=detail-table][data-field=lines]');
    await table.waitFor();
    expect(await table.locator('thead').innerText()).toContain(c.headers[2]);

    await fillFields(staff.page, modal, { reason: c.language === 'en' ? 'Client visit' : '拜访客户' });
    await addRowsUntil(table, 2);
    // The second line's item is left empty first: the form refuses it under that cell, in the language.
    await fillFields(staff.page, modal, {
      lines_0_date: { date: c.rows[0].date },
      lines_0_item: c.rows[0].item,
      lines_0_amount: c.rows[0].amount,
      lines_1_date: { date: c.rows[1].date },
      lines_1_amount: c.rows[1].amount,
    });
    await table.locator('[data-testid=detail-total]', { hasText: c.totalLabel }).waitFor();
    await modal.locator('.ant-modal-footer button.ant-btn-primary').click();
    const cellError = table
      .locator('tbody tr.ant-table-row')
      .nth(1)
      .locator('[data-column=item] .ant-form-item-explain-error');
    await cellError.waitFor();
    expect(await cellError.innerText()).toBe(c.required);
    await fillFields(staff.page, modal, { lines_1_item: c.rows[1].item });
    await cellError.waitFor({ state: 'detached' });
    await screenshot(staff.page, `detail-table-start-${c.language}`);

    const instanceId = await submitStart(staff.page, modal);
    const api = await apiAs('staff');
    const instance = await api<{ context: Record<string, unknown> }>('GET', `/api/instances/${instanceId}`);
    expect(instance.context.lines).toEqual(
      c.rows.map((row) => ({ date: row.date, item: row.item, amount: Number(row.amount) })),
    );
    await staff.context.close();

    const leader = await loginAs(browser, 'leader', { language: c.language });
    await openTaskOf(leader.page, instanceId);
    const view = leader.page.locator('[data-testid=request-view] [data-testid=detail-table-view]');
    await view.waitFor();
    const headers = await view.locator('thead th').allInnerTexts();
    expect(headers.map((h) => h.trim())).toEqual(c.headers);
    const body = await view.locator('tbody').innerText();
    for (const cell of c.cells) expect(body).toContain(cell);
    expect(await view.locator('[data-testid=detail-total]').innerText()).toBe(c.totalLabel);
    await screenshot(leader.page, `detail-table-approver-${c.language}`);
    await completeWith(leader.page, 'APPROVE');
    const done = await api<{ state: unknown }>('GET', `/api/instances/${instanceId}`);
    expect(done.state).toBe('approved');
    await leader.context.close();
  });
});
