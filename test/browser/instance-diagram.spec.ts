// The instance diagram as the people on an instance read it: the path a finished instance took,
// text readable at the first view, approval modes as badges, no designer jargon; and on a phone
// a list of steps with the diagram behind a toggle. zh-CN and en.
import type { Instance } from '@liucheng/contracts';
import type { Browser, Page } from 'playwright-core';
import { screenshot, waitForDiagram } from './support/artifacts';
import { apiAs, publishAsOwner, type Api } from './support/api';
import { purchaseApprovalSpec } from './support/approval-definitions';
import { pngFile } from './support/attachment-file';
import { launchBrowser } from './support/browser';
import { PHONE, loginAs, type UserSession } from './support/session';

const DIAGRAM = '[data-testid=instance-diagram] [data-testid=state-diagram]';
const PURCHASE = `purchase-diagram-${Date.now().toString(36)}`;
const EXPENSE_INPUT = {
  guests: '某运营商采购部 王经理等',
  guestCount: 3,
  purpose: '洽谈年度框架合同',
  estimatedAmount: 1200,
  alcohol: false,
  region: 'city',
};

const send = (api: Api, id: string, type: string, data: Record<string, unknown> = {}) =>
  api<Instance>('POST', `/api/instances/${id}/events`, { type, data });

/** Approved, hosted, the claim returned once by finance, claimed again and settled. */
async function settledExpense(): Promise<string> {
  const [staff, leader, finance] = await Promise.all([apiAs('staff'), apiAs('leader'), apiAs('finance')]);
  // Version 1 as shipped: the designer test publishes a version 2 with a routing step of its own.
  const { id } = await staff<Instance>('POST', '/api/instances', {
    definitionKey: 'entertainment-expense',
    version: 1,
    input: EXPENSE_INPUT,
  });
  await send(leader, id, 'APPROVE', { comment: '同意' });
  await send(staff, id, 'HOSTED', { actualAmount: 1000, hostedOn: '2026-03-02' });
  const photo = pngFile('发票.png');
  const { attachmentId, sha256, filename, contentType, size } = await staff<{
    id: string;
    attachmentId?: string;
    sha256: string;
    filename: string;
    contentType: string;
    size: number;
  }>('POST', '/api/attachments', photo.buffer, {
    'content-type': photo.mimeType,
    'x-filename': encodeURIComponent(photo.name),
  }).then((a) => ({ ...a, attachmentId: a.id }));
  const claim = {
    invoiceNumber: '044001900111-12345678',
    invoiceAmount: 1000,
    invoiceType: 'catering',
    invoicePhoto: { attachmentId, sha256, filename, contentType, size },
  };
  await send(staff, id, 'SUBMIT_CLAIM', claim);
  await send(finance, id, 'RETURN', { reason: '发票抬头不对' });
  await send(staff, id, 'SUBMIT_CLAIM', claim);
  const done = await send(finance, id, 'SETTLE', { comment: '发票齐全' });
  expect(done).toMatchObject({ status: 'done', state: 'settled' });
  return id;
}

/** Ids of the diagram's nodes (or edges) carrying `attribute="true"`. */
function marked(page: Page, kind: 'node' | 'edge', attribute: string): Promise<string[]> {
  return page
    .locator(`${DIAGRAM} .react-flow__${kind}[${attribute}="true"]`)
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-id') ?? el.getAttribute('data-testid') ?? '').sort());
}

/**
 * What the first view shows: the zoom, the smallest text as drawn (font size × zoom) among the
 * texts inside the canvas, and whether every current node lies within the canvas.
 */
async function firstView(page: Page) {
  return page.locator(DIAGRAM).evaluate((root) => {
    const viewport = root.querySelector('.react-flow__viewport') as HTMLElement;
    const zoom = new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a;
    const box = root.getBoundingClientRect();
    const inside = (r: DOMRect) => r.right > box.left && r.left < box.right && r.bottom > box.top && r.top < box.bottom;
    let smallest = Infinity;
    for (const el of root.querySelectorAll('.react-flow__nodes *, .react-flow__edgelabel-renderer *')) {
      const hasText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
      if (!hasText || !inside(el.getBoundingClientRect())) continue;
      smallest = Math.min(smallest, parseFloat(getComputedStyle(el).fontSize) * zoom);
    }
    const current = [...root.querySelectorAll('.react-flow__node[data-active="true"]')].map((n) =>
      n.getBoundingClientRect(),
    );
    const within = current.every(
      (r) => r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1,
    );
    return { zoom, smallest, within, currentCount: current.length };
  });
}

describe('the instance diagram as its readers see it', () => {
  let browser: Browser;
  let expenseId: string;
  let purchaseId: string;
  const sessions: UserSession[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    expenseId = await settledExpense();
    await publishAsOwner(PURCHASE, purchaseApprovalSpec(PURCHASE));
    const staff = await apiAs('staff');
    purchaseId = (
      await staff<Instance>('POST', '/api/instances', {
        definitionKey: PURCHASE,
        input: { item: '笔记本电脑', amount: 8000 },
      })
    ).id;
  });

  afterAll(async () => {
    for (const s of sessions) await s.context.close();
    await browser?.close();
  });

  async function open(username: string, options: Parameters<typeof loginAs>[2], id: string): Promise<Page> {
    const session = await loginAs(browser, username, options);
    sessions.push(session);
    await session.page.goto(`/instances/${id}`);
    await waitForDiagram(session.page);
    // The first view is set once the nodes are measured.
    await session.page.waitForTimeout(500);
    return session.page;
  }

  it.each([
    ['zh-CN', 'zh'],
    ['en', 'en'],
  ] as const)('a finished instance shows the path it took, readable at the first view (%s)', async (language, tag) => {
    const page = await open('auditor', { language }, expenseId);
    await screenshot(page, `instance-diagram-finished-${tag}`);
    const view = await firstView(page);
    expect(view.smallest).toBeGreaterThanOrEqual(11);
    expect(view.currentCount).toBe(1);
    expect(view.within).toBe(true);

    // Zoomed out to the whole flow (the controls' fit button) every node is drawn; the path is lit.
    await page.locator(`${DIAGRAM} .react-flow__controls-fitview`).click();
    await page.waitForTimeout(400);
    expect(await marked(page, 'node', 'data-active')).toEqual(['settled']);
    // 是否用酒 (alcoholCheck) is passed through without a stop, like routing: lit on the way.
    expect(await marked(page, 'node', 'data-visited')).toEqual([
      'alcoholCheck',
      'hosting',
      'leaderApproval',
      'routing',
      'settled',
      'settlement',
      'settlement.claim',
      'settlement.claim.financeCheck',
      'settlement.claim.reimbursement',
      'settlement.deadline',
      'settlement.deadline.running',
    ]);
    const taken = await page
      .locator(`${DIAGRAM} .react-flow__edge[data-taken="true"]`)
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-id') ?? ''));
    const ends = taken.map((id) => id.split('|').slice(0, 3).join('|')).sort();
    expect(ends).toEqual(
      expect.arrayContaining([
        'alcoholCheck|always|',
        'hosting|on|HOSTED',
        'leaderApproval|on|APPROVE',
        'settlement.claim.financeCheck|on|RETURN',
        'settlement.claim.financeCheck|on|SETTLE',
        'settlement.claim.reimbursement|on|SUBMIT_CLAIM',
      ]),
    );
    expect(ends.some((id) => id.startsWith('leaderApproval|on|REJECT'))).toBe(false);
    // Taken edges are drawn green and thicker than the rest.
    const stroke = await page
      .locator(`${DIAGRAM} .react-flow__edge[data-taken="true"] path.react-flow__edge-path`)
      .first()
      .evaluate((p) => getComputedStyle(p).stroke);
    expect(stroke).toBe('rgb(82, 196, 26)');
    await screenshot(page, `instance-diagram-finished-whole-${tag}`);
  });

  it.each([
    ['zh-CN', 'zh', ['或签', '会签'], '复制字段'],
    ['en', 'en', ['Any one', 'All'], 'Copy a field'],
  ] as const)(
    'approval steps show their mode; no action jargon or state keys (%s)',
    async (language, tag, modes, jargon) => {
      const page = await open('auditor', { language }, purchaseId);
      const view = await firstView(page);
      expect(view.smallest).toBeGreaterThanOrEqual(11);
      expect(view.within).toBe(true);
      await page.locator(`${DIAGRAM} .react-flow__controls-fitview`).click();
      await page.waitForTimeout(300);
      const badge = (state: string) =>
        page.locator(`${DIAGRAM} .react-flow__node[data-id="${state}"] [data-testid=approval-mode]`).innerText();
      expect([await badge('manager'), await badge('finance')]).toEqual(modes);
      expect(await page.locator(`${DIAGRAM} [data-testid=approval-mode]`).count()).toBe(3);
      await screenshot(page, `instance-diagram-approval-${tag}`);

      // The entertainment expense's edges carry actions (assign, append): none is named here.
      const expense = await open('auditor', { language }, expenseId);
      await expense.locator(`${DIAGRAM} .react-flow__controls-fitview`).click();
      const text = await expense.locator(DIAGRAM).innerText();
      expect(text).not.toContain(jargon);
      expect(text).not.toContain('/ ');
      // State keys are the designer's: the routing state is called by its title only.
      expect(await expense.locator(`${DIAGRAM} .react-flow__node[data-id="routing"]`).innerText()).not.toContain(
        'routing',
      );
    },
  );

  it.each([
    ['zh-CN', 'zh', '请示领导', '核销期限内'],
    ['en', 'en', 'Leader approval', 'Within the deadline'],
  ] as const)(
    'on a phone: the steps as a list, the diagram behind a toggle, nothing clipped (%s)',
    async (language, tag, first, deadline) => {
      const session = await loginAs(browser, 'auditor', { language, viewport: PHONE });
      sessions.push(session);
      const { page } = session;
      await page.goto(`/instances/${expenseId}`);
      const steps = page.locator('[data-testid=instance-steps]');
      await steps.waitFor();
      const titles = await steps.locator('.ant-steps-item-title').allInnerTexts();
      // The settlement's deadline runs beside the claim: it is a step of its own.
      expect(titles.length).toBe(8);
      expect(titles[0]).toBe(first);
      expect(titles).toContain(deadline);
      expect(await page.locator('[data-testid=state-diagram]').count()).toBe(0);
      // Nothing wider than the phone: the page does not scroll sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      await screenshot(page, `instance-diagram-phone-steps-${tag}`);

      await page.locator('[data-testid=diagram-toggle]').click();
      await page.locator(`${DIAGRAM} .react-flow__node`).first().waitFor();
      await page.waitForTimeout(500);
      const view = await firstView(page);
      expect(view.smallest).toBeGreaterThanOrEqual(11);
      expect(view.within).toBe(true);
      expect(await page.locator(`${DIAGRAM} .react-flow__minimap`).count()).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      await screenshot(page, `instance-diagram-phone-open-${tag}`);
    },
  );
});
