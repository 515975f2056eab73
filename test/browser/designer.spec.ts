// A process owner adds a finance director approval above ¥5,000 to entertainment-expense in the
// designer (no JSON editing), sees it refused until the new state has an exit, publishes version 2, and
// compares the versions. Instances are started and moved through the API: one started on version 1 stays
// on it and finishes there; a new one above ¥5,000 goes through the director on version 2.
import type { Instance } from '@liucheng/contracts';
import type { Browser, Page } from 'playwright-core';
import { join } from 'node:path';
import { screenshot } from './support/artifacts';
import { pngFile } from './support/attachment-file';
import { baseUrl, launchBrowser } from './support/browser';
import { ARTIFACTS_DIR } from './support/server-process';
import { DEMO_PASSWORD, loginAs, type UserSession } from './support/session';

const KEY = 'entertainment-expense';
const DIRECTOR = 'financeDirectorApproval';
const CHECK = 'amountCheck';
const INPUT = {
  guests: '某运营商采购部 王经理等',
  guestCount: 4,
  purpose: '洽谈年度框架合同',
  estimatedAmount: 8000,
  alcohol: false,
  region: 'city',
};

/** A logged-in API caller (setup and verification only; the designing goes through the UI). */
async function apiAs(username: string) {
  const login = await fetch(`${baseUrl()}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  // A Buffer body goes as the raw bytes of a file (an attachment upload), anything else as JSON.
  return async <T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> => {
    const raw = Buffer.isBuffer(body);
    const response = await fetch(`${baseUrl()}${path}`, {
      method,
      headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : raw ? new Uint8Array(body) : JSON.stringify(body),
    });
    const payload = await response.json();
    if (!response.ok) throw new Error(`${method} ${path} -> ${response.status} ${JSON.stringify(payload)}`);
    return payload as T;
  };
}

type Api = Awaited<ReturnType<typeof apiAs>>;

async function send(api: Api, instance: Instance, type: string, data: Record<string, unknown> = {}): Promise<Instance> {
  return api<Instance>('POST', `/api/instances/${instance.id}/events`, { type, data });
}

async function visitedStates(api: Api, instance: Instance): Promise<unknown[]> {
  const history = await api<{ items: { stateAfter: unknown }[] }>('GET', `/api/instances/${instance.id}/history`);
  return history.items.map((entry) => entry.stateAfter);
}

/** hosting -> settlement.claim.reimbursement -> financeCheck -> settled, as staff and finance. */
async function hostAndSettle(staff: Api, finance: Api, instance: Instance): Promise<Instance> {
  let current = await send(staff, instance, 'HOSTED', { actualAmount: 7800, hostedOn: '2026-03-02' });
  const photo = pngFile('发票.png');
  const uploaded = await staff<{ id: string; sha256: string; filename: string; contentType: string; size: number }>(
    'POST',
    '/api/attachments',
    photo.buffer,
    { 'content-type': photo.mimeType, 'x-filename': encodeURIComponent(photo.name) },
  );
  const { id: attachmentId, sha256, filename, contentType, size } = uploaded;
  current = await send(staff, current, 'SUBMIT_CLAIM', {
    invoiceNumber: '044001900111-12345678',
    invoiceAmount: 7800,
    invoiceType: 'catering',
    invoicePhoto: { attachmentId, sha256, filename, contentType, size },
  });
  return send(finance, current, 'SETTLE', { comment: '发票齐全' });
}

/** Drags a new transition from `from`'s source handle to `to`'s target handle, then names its event (or makes it automatic). */
async function connect(page: Page, from: string, to: string, event: string | null): Promise<void> {
  const start = await page
    .locator(`.react-flow__node[data-id="${from}"] .react-flow__handle.source`)
    .first()
    .boundingBox();
  const end = await page.locator(`.react-flow__node[data-id="${to}"] .react-flow__handle.target`).first().boundingBox();
  if (!start || !end) throw new Error(`no handles to connect ${from} -> ${to}`);
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 12 });
  await page.mouse.up();
  const modal = page.getByRole('dialog');
  await modal.locator('[data-testid=connect-ok]').waitFor();
  if (event)
    await modal.locator('[data-testid=connect-event] input, input[data-testid=connect-event]').first().fill(event);
  else await modal.locator('[data-testid=connect-kind-always]').check();
  // Close the event suggestions before confirming.
  await modal.locator('.ant-modal-title').click();
  await modal.locator('[data-testid=connect-ok]').click();
  await modal.waitFor({ state: 'hidden' });
}

/**
 * Clicks a state on the canvas until the inspector shows it: the canvas lays itself out again
 * after an edit, and a click that lands while the nodes move selects nothing (or a neighbour).
 */
async function selectState(page: Page, state: string): Promise<void> {
  const key = page.locator('[data-testid=state-inspector] [data-testid=state-key]');
  for (let attempt = 1; ; attempt++) {
    await page.locator(`.react-flow__node[data-id="${state}"]`).click();
    const deadline = Date.now() + 3000;
    while (Date.now() < deadline) {
      if ((await key.count()) > 0 && (await key.inputValue()) === state) return;
      await page.waitForTimeout(100);
    }
    if (attempt === 3) throw new Error(`the inspector did not show state ${state} after 3 clicks`);
  }
}

/** Selects the `nth` transition of `state` in the inspector and points it at `target`. */
async function retarget(page: Page, state: string, nth: number, target: string): Promise<void> {
  await selectState(page, state);
  await page.locator(`[data-testid=state-inspector] [data-testid=state-transition-${nth}]`).click();
  await page.locator('[data-testid=transition-inspector] [data-testid=transition-target]').click();
  await page.keyboard.type(target);
  await page.keyboard.press('Enter');
}

/** Adds a state from the toolbar and names it (key and both titles). */
async function addState(page: Page, key: string, zh: string, en: string): Promise<void> {
  await page.locator('[data-testid=add-state]').click();
  const inspector = page.locator('[data-testid=state-inspector]');
  await inspector.locator('[data-testid=state-key]').fill(key);
  await inspector.locator('[data-testid=state-key]').press('Enter');
  await page.locator(`.react-flow__node[data-id="${key}"]`).waitFor();
  await inspector.locator('[data-testid=state-title-zh]').fill(zh);
  await inspector.locator('[data-testid=state-title-en]').fill(en);
}

/** Lays the canvas out and fits it to the window, so every state can be reached with the mouse. */
async function layoutCanvas(page: Page): Promise<void> {
  await page.locator('[data-testid=auto-layout]').click();
  await page.locator('.react-flow__controls-fitview').click();
  await page.waitForTimeout(500);
}

async function problemCount(page: Page): Promise<number> {
  const text = await page.locator('[data-testid=problems-tab]').innerText();
  return Number(/(\d+)/.exec(text)?.[1] ?? NaN);
}

describe('designer: a finance director approval above ¥5,000, published as version 2', () => {
  let browser: Browser;
  let owner: UserSession;
  let page: Page;
  let staff: Api;
  let leader: Api;
  let finance: Api;
  let before: Instance;
  /** The start-form field the director does not see (its zh title). */
  let hiddenField = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    [staff, leader, finance] = await Promise.all([apiAs('staff'), apiAs('leader'), apiAs('finance')]);
    owner = await loginAs(browser, 'owner');
    page = owner.page;
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('an expense of ¥8,000 started on version 1 waits for the leader', async () => {
    before = await staff<Instance>('POST', '/api/instances', { definitionKey: KEY, input: INPUT });
    expect(before.version).toBe(1);
    expect(before.state).toBe('leaderApproval');
  });

  it('the owner finds entertainment-expense in the designer list and opens it', async () => {
    await page.goto('/designer');
    const row = page.locator(`[data-testid="designer-row-${KEY}"]`);
    await row.waitFor();
    expect(await row.innerText()).toContain('v1');
    await page.locator(`[data-testid="designer-edit-${KEY}"]`).click();
    await page.waitForURL(`**/designer/${KEY}`);
    await page.locator('.react-flow__node[data-id="leaderApproval"]').waitFor();
    await screenshot(page, 'designer-canvas-before');
  });

  it('adds a finance director approval task; it is refused until the new state has an exit', async () => {
    expect(await problemCount(page)).toBe(0);
    await addState(page, DIRECTOR, '财务总监审批', 'Finance director approval');
    const inspector = page.locator('[data-testid=state-inspector]');
    await inspector.locator('[data-testid=task-switch]').click();
    const roles = inspector.locator('[data-testid=candidate-roles]');
    await roles.locator('.ant-select-selection-item-remove').first().click();
    await roles.click();
    await page.keyboard.type('finance');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await inspector.locator('[data-testid=task-outcomes]').click();
    for (const outcome of ['APPROVE', 'REJECT']) {
      await page.keyboard.type(outcome);
      await page.keyboard.press('Enter');
    }
    await page.keyboard.press('Escape');
    // 表单权限 on the canvas too: the director does not see the first start-form field.
    const access = inspector.locator('[data-testid=simple-field-access-row]').first();
    hiddenField = (await access.getAttribute('data-title')) ?? '';
    await access.getByText('隐藏', { exact: true }).click();

    // No way out yet: the problems say so, and publishing is not possible.
    expect(await problemCount(page)).toBeGreaterThan(0);
    await page.locator('[data-testid=problems-tab]').click();
    expect(await page.locator('[data-testid=problems-list]').innerText()).toContain(DIRECTOR);
    // Labelled by code in the UI language, not with the engine's English message.
    const deadEnd = page.locator('[data-testid=problems-list] [data-code=dead-end]');
    expect(await deadEnd.count()).toBe(1);
    expect(await deadEnd.innerText()).not.toContain('no way out');
    expect(await page.locator('[data-testid=publish]').isDisabled()).toBe(true);

    await layoutCanvas(page);
    await connect(page, DIRECTOR, 'hosting', 'APPROVE');
    await connect(page, DIRECTOR, 'rejected', 'REJECT');
    // It has its exits; what is left is that nothing leads to it yet.
    expect(await page.locator('[data-testid=problems-list] [data-code=dead-end]').count()).toBe(0);
  });

  it('routes amounts above ¥5,000 to the director with the standard `gt` guard, then publishes version 2', async () => {
    await addState(page, CHECK, '金额判断', 'Amount check');
    await layoutCanvas(page);
    // The unguarded fallback first; the guarded transition added after it is put before it, with a hint.
    await connect(page, CHECK, 'hosting', null);
    await connect(page, CHECK, DIRECTOR, null);
    const transition = page.locator('[data-testid=transition-inspector]');
    const order = transition.locator('[data-testid=transition-order]');
    expect(await order.innerText()).toContain('第 2 条，共 2 条');
    await transition.locator('[data-testid=guard-picker]').click();
    await page.keyboard.type('gt');
    await page.keyboard.press('Enter');
    expect(await page.locator('.ant-message-info').first().innerText()).toContain('兜底流转之前');
    await order.getByText('第 1 条，共 2 条').waitFor();
    expect(await transition.locator('[data-testid=transition-order-hint]').innerText()).toContain('第一条满足条件');
    await transition.locator('#root_field').fill('context.estimatedAmount');
    await transition.locator('#root_value').fill('5000');
    // Moving it below the fallback (where it could never win), then undoing that, keeps it first.
    const first = `${CHECK}|always||0|0`;
    expect(await transition.locator(`[data-testid="move-up-${first}"]`).isDisabled()).toBe(true);
    await transition.locator(`[data-testid="move-down-${first}"]`).click();
    await order.getByText('第 2 条，共 2 条').waitFor();
    await page.locator('[data-testid=undo]').click();
    await page.locator(`.react-flow__node[data-id="${CHECK}"]`).click();
    const checkTransitions = page.locator('[data-testid=state-inspector] [data-testid^=state-transition-]');
    const inOrder = (...targets: string[]) => targets.map((target) => expect.stringContaining(target));
    expect(await checkTransitions.allInnerTexts()).toEqual(inOrder(DIRECTOR, 'hosting'));
    // The state's own list of transitions moves them too, and undo puts them back.
    await page.locator(`[data-testid=state-inspector] [data-testid="move-down-${first}"]`).click();
    expect(await checkTransitions.allInnerTexts()).toEqual(inOrder('hosting', DIRECTOR));
    await page.locator('[data-testid=undo]').click();
    expect(await checkTransitions.allInnerTexts()).toEqual(inOrder(DIRECTOR, 'hosting'));
    // After the leader (是否用酒's way without alcohol, and after the alcohol approval) the amount is checked
    // instead of going straight to hosting.
    await retarget(page, 'alcoholCheck', 1, CHECK);
    await retarget(page, 'alcoholApproval', 0, CHECK);
    await retarget(page, 'alcoholApproval', 1, CHECK);
    await page.locator('[data-testid=problems-tab]').click();
    await page.locator('[data-testid=problems-none]').waitFor();
    expect(await problemCount(page)).toBe(0);

    await layoutCanvas(page);
    await page.locator('[data-testid=publish]').click();
    await page.locator('[data-testid=publish-confirm]').click();
    await page.locator('.ant-message-success').first().waitFor();
    // Nothing left to publish (the server would answer 409), and the header follows the new version.
    await page.locator('[data-testid=designer-based-on]', { hasText: 'v2' }).waitFor();
    expect(await page.locator('[data-testid=publish]').isDisabled()).toBe(true);
    expect(await page.locator('[data-testid=designer-draft-badge]').count()).toBe(0);
    await screenshot(page, 'designer-canvas-after');
    const detail = await leader<{ versions: { version: number; publishedBy: string }[]; draft: unknown }>(
      'GET',
      `/api/definitions/${KEY}`,
    );
    expect(detail.versions.map((v) => [v.version, v.publishedBy])).toEqual([
      [1, 'system'],
      [2, 'owner'],
    ]);
    expect(detail.draft).toBeNull();
    // The canvas's 表单权限 reached the published definition, by field key.
    const v2 = await leader<{
      spec: {
        meta: { input: { properties: Record<string, { title?: string }> } };
        states: Record<string, { meta?: { task?: { fieldAccess?: Record<string, string> } } }>;
      };
    }>('GET', `/api/definitions/${KEY}/versions/2`);
    const hiddenKey = Object.entries(v2.spec.meta.input.properties).find(
      ([, p]) => p.title?.split(' / ')[0] === hiddenField,
    )?.[0];
    expect(hiddenKey).toBeDefined();
    expect(v2.spec.states[DIRECTOR].meta?.task?.fieldAccess).toEqual({ [hiddenKey as string]: 'hidden' });
  });

  it('the versions tab lists who published v2 and shows the diff against v1', async () => {
    await page.locator('.ant-tabs-tab', { hasText: '版本' }).click();
    const panel = page.locator('[data-testid=versions-panel]');
    expect(await panel.locator('[data-testid=version-row-2]').innerText()).toContain('owner');
    await panel.locator('[data-testid=diff-show]').click();
    const summary = page.locator('[data-testid=diff-summary]');
    await summary.waitFor();
    const lines = await summary.locator('.ant-list-item').allInnerTexts();
    expect(lines).toEqual(
      expect.arrayContaining([
        '新增环节 financeDirectorApproval（财务总监审批）',
        '新增环节 amountCheck（金额判断）',
        `新增流转 amountCheck —always[0]→ ${DIRECTOR}`,
        '修改流转 alcoholCheck —always[1]→ amountCheck',
      ]),
    );
    await page.locator('[data-testid=diff-diagram-after] .react-flow__node[data-id="amountCheck"]').waitFor();
    await page.waitForTimeout(800);
    await screenshot(page, 'designer-version-diff');
    // The drawer scrolls: keep the newer side (additions green, changes orange) as its own picture too.
    await page
      .locator('[data-testid=diff-after]')
      .screenshot({ path: join(ARTIFACTS_DIR, 'designer-version-diff-after.png') });
  });

  it('the instance started before stays on version 1 and finishes on it', async () => {
    let current = await send(leader, before, 'APPROVE', { comment: '同意' });
    expect(current.state).toBe('hosting');
    current = await hostAndSettle(staff, finance, current);
    expect(current).toMatchObject({ version: 1, status: 'done', state: 'settled' });
    expect(await visitedStates(staff, current)).not.toContain(DIRECTOR);
  });

  it('a new expense above ¥5,000 goes through the finance director on version 2', async () => {
    const fresh = await staff<Instance>('POST', '/api/instances', { definitionKey: KEY, input: INPUT });
    expect(fresh.version).toBe(2);
    let current = await send(leader, fresh, 'APPROVE', { comment: '同意' });
    expect(current.state).toBe(DIRECTOR);
    expect(current.tasks.filter((t) => t.status === 'open').map((t) => t.statePath)).toEqual([DIRECTOR]);
    // Its page (read by the leader, who sees every instance) shows the version 2 diagram, the director's approval current.
    const viewer = await loginAs(browser, 'leader');
    await viewer.page.goto(`/instances/${fresh.id}`);
    const diagram = viewer.page.locator('[data-testid=instance-diagram]');
    await diagram.locator(`.react-flow__node[data-id="${DIRECTOR}"][data-active="true"]`).waitFor();
    expect(await diagram.locator('.react-flow__node[data-active="true"]').count()).toBe(1);
    await viewer.context.close();
    current = await send(finance, current, 'APPROVE', { comment: '总监同意' });
    expect(current.state).toBe('hosting');
    current = await hostAndSettle(staff, finance, current);
    expect(current).toMatchObject({ version: 2, status: 'done', state: 'settled' });
    expect(await visitedStates(staff, current)).toContain(DIRECTOR);
  });

  it('an expense of ¥5,000 exactly skips the director', async () => {
    const small = await staff<Instance>('POST', '/api/instances', {
      definitionKey: KEY,
      input: { ...INPUT, estimatedAmount: 5000 },
    });
    expect((await send(leader, small, 'APPROVE', {})).state).toBe('hosting');
  });
});
