// The auditor's view: find an instance by amount (> ¥5,000), step through its history with the
// keyboard (the diagram's lit state and the changed context at each step), play it, verify it. zh-CN and en.
import type { Instance, ReplayStepsResponse } from '@liucheng/contracts';
import type { Browser, Page } from 'playwright-core';
import { screenshot } from './support/artifacts';
import { apiAs, publishAsOwner } from './support/api';
import { purchaseApprovalSpec } from './support/approval-definitions';
import { launchBrowser } from './support/browser';
import { pickOption, selectById } from './support/select-option';
import { loginAs, type UserSession } from './support/session';

const KEY = `audit-player-${Date.now().toString(36)}`;
const DIAGRAM = '[data-testid=player-diagram] [data-testid=state-diagram]';

/** The leaf states lit on the player's diagram, sorted. */
function litStates(page: Page): Promise<string[]> {
  return page.locator(`${DIAGRAM} .react-flow__node[data-active="true"]`).evaluateAll((els) =>
    els
      .filter((el) => !el.classList.contains('react-flow__node-compound'))
      .map((el) => el.getAttribute('data-id') ?? '')
      .sort(),
  );
}

/** Waits until the player shows entry `seq` and its diagram lights `leaves`. */
async function waitForStep(page: Page, seq: number, leaves: string[]): Promise<void> {
  await page.locator(`[data-testid=history-player][data-seq="${seq}"]`).waitFor();
  await page.locator(`${DIAGRAM} .react-flow__node`).first().waitFor();
  for (let waited = 0; waited < 10_000; waited += 100) {
    if (JSON.stringify(await litStates(page)) === JSON.stringify([...leaves].sort())) return;
    await page.waitForTimeout(100);
  }
  expect(await litStates(page)).toEqual([...leaves].sort());
}

/** The changed paths the player lists for the current step. */
function changedPaths(page: Page): Promise<string[]> {
  return page
    .locator('[data-testid=player-changes] tr[data-path]')
    .evaluateAll((rows) => rows.map((row) => `${row.getAttribute('data-change')} ${row.getAttribute('data-path')}`));
}

describe('the auditor finds, replays and verifies an instance', () => {
  let browser: Browser;
  let bigId: string;
  let smallId: string;
  let steps: ReplayStepsResponse['items'];
  const sessions: UserSession[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    const spec = purchaseApprovalSpec(KEY) as { meta: Record<string, unknown> };
    spec.meta.summary = [
      { path: 'amount', label: { zh: '金额', en: 'Amount' }, format: 'money' },
      { path: 'item', label: { zh: '事项', en: 'Item' } },
    ];
    await publishAsOwner(KEY, spec);
    const [staff, leader, auditor] = await Promise.all([apiAs('staff'), apiAs('leader'), apiAs('auditor')]);
    smallId = (
      await staff<Instance>('POST', '/api/instances', { definitionKey: KEY, input: { item: '打印纸', amount: 3000 } })
    ).id;
    bigId = (
      await staff<Instance>('POST', '/api/instances', { definitionKey: KEY, input: { item: '服务器', amount: 8000 } })
    ).id;
    await leader('POST', `/api/instances/${bigId}/events`, { type: 'APPROVE', data: { comment: '同意采购' } });
    steps = (await auditor<ReplayStepsResponse>('GET', `/api/instances/${bigId}/replay/steps`)).items;
  });

  afterAll(async () => {
    for (const s of sessions) await s.context.close();
    await browser?.close();
  });

  it.each([
    ['zh-CN', 'zh', '¥8,000.00', '校验通过'],
    ['en', 'en', '¥8,000.00', 'Verified'],
  ] as const)('%s: search by amount, step with the keyboard, play, verify', async (language, tag, money, verified) => {
    // The history the player must show: start in the manager step, the leader's approval moves it to finance.
    expect(steps[0].activeStates).toEqual(['manager']);
    expect(steps.at(-1)?.activeStates).toEqual(['finance']);
    const approval = steps.findIndex((s) => s.type === 'APPROVE');
    expect(approval).toBeGreaterThan(0);

    const session = await loginAs(browser, 'auditor', { language });
    sessions.push(session);
    const page = session.page;
    await page.locator('[data-testid=audit-search]').waitFor();

    // Process, then "amount greater than 5000" (the value reads as money).
    await page.goto(`/audit?definitionKey=${KEY}`);
    await page.locator(`[data-testid=audit-results] tr[data-row-key="${smallId}"]`).waitFor();
    // The process's start-form field `amount` (no title, so named by its path); a number starts at ≥.
    await pickOption(page, selectById(page, 'audit-field'), 'amount', 'amount');
    expect(await selectById(page, 'audit-op').innerText()).toContain(language === 'en' ? 'at least' : '大于等于');
    const value = page.locator('#audit-value');
    await value.fill('5000');
    await value.blur();
    await page.waitForFunction(
      () => (document.querySelector('#audit-value') as HTMLInputElement)?.value === '5,000.00',
    );
    expect(await page.locator('[data-testid=audit-search] .ant-input-number-prefix').innerText()).toBe('¥');
    await page.locator('[data-testid=audit-submit]').click();
    await page.waitForURL(
      (url) => url.searchParams.get('field') === 'amount' && url.searchParams.get('value') === '5000',
    );
    const rows = page.locator('[data-testid=audit-results] tr[data-row-key]');
    // Before the search both are listed (the process alone); the ¥3,000.00 one goes when the amount applies.
    await page.locator(`[data-testid=audit-results] tr[data-row-key="${smallId}"]`).waitFor({ state: 'detached' });
    await page.locator(`[data-testid=audit-results] tr[data-row-key="${bigId}"]`).waitFor();
    expect(await rows.count()).toBe(1);
    expect(await rows.first().innerText()).toContain(money);
    await screenshot(page, `audit-search-${tag}`);

    await rows.first().click();
    await page.waitForURL((url) => url.pathname === `/audit/${bigId}`);
    await waitForStep(page, 1, ['manager']);
    expect(await changedPaths(page)).toEqual(expect.arrayContaining(['added amount', 'added item']));
    const amountRow = page.locator('[data-testid=player-context] tr[data-field="amount"]');
    expect(await amountRow.getAttribute('data-change')).toBe('added');
    expect(await amountRow.innerText()).toContain(money);
    await screenshot(page, `audit-player-step1-${tag}`);

    // → through every step: the lit state and the changes are the engine's for that step.
    for (let i = 1; i < steps.length; i++) {
      await page.keyboard.press('ArrowRight');
      await waitForStep(
        page,
        i + 1,
        steps[i].activeStates.filter((p) => !steps[i].activeStates.some((q) => q.startsWith(`${p}.`))),
      );
      expect((await changedPaths(page)).sort()).toEqual(steps[i].changes.map((c) => `${c.kind} ${c.path}`).sort());
      const event = await page.locator('[data-testid=player-event]').innerText();
      expect(event).not.toMatch(/^@|xstate/);
      if (i === approval) {
        expect(steps[i].changes.length).toBeGreaterThan(0);
        expect(await page.locator('[data-testid=audit-timeline] tr[data-current="true"]').innerText()).toContain(
          String(i + 1),
        );
        await screenshot(page, `audit-player-approved-${tag}`);
      }
    }
    // Stays at the end; Home goes back to the start, ← from there does nothing.
    await page.keyboard.press('ArrowRight');
    await waitForStep(page, steps.length, ['finance']);
    await page.keyboard.press('Home');
    await waitForStep(page, 1, ['manager']);
    await page.keyboard.press('ArrowLeft');
    await waitForStep(page, 1, ['manager']);
    await page.keyboard.press('End');
    await waitForStep(page, steps.length, ['finance']);

    // Space plays from the start (at the end) and stops at the last step.
    await page.keyboard.press(' ');
    await page.locator('[data-testid=history-player][data-seq="1"]').waitFor();
    await waitForStep(page, steps.length, ['finance']);
    await page.locator('[data-testid=player-play]:not(:has(.anticon-pause))').waitFor();

    await page.locator('[data-testid=audit-verify] .ant-card-body button').click();
    const ok = page.locator('[data-testid=audit-verify] .ant-alert-success');
    await ok.waitFor();
    expect(await ok.innerText()).toContain(verified);
    expect(await ok.innerText()).toContain(String(steps.length));
    await screenshot(page, `audit-verified-${tag}`);
  });
});
