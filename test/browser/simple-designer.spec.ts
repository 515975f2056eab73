// A process owner who never sees the JSON builds a three-step expense approval in simple mode
// (manager, then finance 会签 above ¥5,000 by a condition on the amount, CC to the office), publishes
// it, and an employee runs it to the end while the leader and every finance reviewer approve in the
// browser. Once in zh-CN and once in en; screenshots in test-artifacts/browser/.
import type { Browser, Locator, Page } from 'playwright-core';
import { apiAs } from './support/api';
import { openTaskOf } from './support/approval-api';
import { screenshot } from './support/artifacts';
import { launchBrowser } from './support/browser';
import { createApprovalWorkflow, expectNoProblems, publishDraft } from './support/designer-flow';
import { pickOption } from './support/select-option';
import { loginAs, type UserSession } from './support/session';
import { startProcess } from './support/start-process';
import { completeWith } from './support/task-form';

interface Labels {
  language: 'zh-CN' | 'en';
  name: string;
  money: string;
  amountTitle: string;
  roleKind: string;
  finance: string;
  office: string;
  branchName: string;
  financeName: string;
  workingDays: string;
  waitSummary: string;
}

const LANGUAGES: Labels[] = [
  {
    language: 'zh-CN',
    name: '差旅报销审批',
    money: '金额（元）',
    amountTitle: '报销金额',
    roleKind: '指定角色',
    finance: '财务',
    office: '办公室',
    branchName: '超过 5,000 元',
    financeName: '财务会签',
    workingDays: '个工作日',
    waitSummary: '等待 3 个工作日',
  },
  {
    language: 'en',
    name: 'Travel expense approval',
    money: 'Money (CNY)',
    amountTitle: 'Amount',
    roleKind: 'A role',
    finance: 'Finance',
    office: 'Office',
    branchName: 'Above 5,000',
    financeName: 'Finance (all sign)',
    workingDays: 'working days',
    waitSummary: 'Wait 3 working days',
  },
];

/**
 * Clicks the "+" on the edge from `source` to `target`, picks the node kind from its menu, and
 * selects the new node `key`; tried again until its card is drawn (under load a click on an opening
 * menu can be lost, and the flow is laid out again after every edit).
 */
async function insertAt(page: Page, source: string, target: string, kind: string, key: string): Promise<void> {
  const plus = page.locator(`[data-testid="simple-plus-${source}-${target}"]`);
  const item = page.locator(`.ant-dropdown:not(.ant-dropdown-hidden) [data-testid="simple-insert-${kind}"]`).last();
  const added = card(page, `simple-node-${key}`);
  for (let attempt = 0; attempt < 4 && (await added.count()) === 0; attempt++) {
    await page.keyboard.press('Escape');
    await plus.click();
    await item.waitFor({ timeout: 3_000 }).catch(() => undefined);
    if (await item.isVisible()) await item.click().catch(() => undefined);
    await added.waitFor({ timeout: 3_000 }).catch(() => undefined);
  }
  await added.click();
}

/** The simple flow shows a card for `testId` (it re-lays out after every edit). */
const card = (page: Page, testId: string) => page.locator(`[data-testid="${testId}"]`);

/**
 * Adds `label` to a multiple select (its dropdown stays open after a pick, so pickOption's check
 * does not apply): picks, closes with Escape, and tries again until the tag shows.
 */
async function pickTag(page: Page, select: Locator, label: string): Promise<void> {
  const tag = select.locator('.ant-select-selection-item', { hasText: label });
  const option = page.locator(
    `.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="${label}"]`,
  );
  for (let attempt = 0; attempt < 4 && (await tag.count()) === 0; attempt++) {
    await select.click();
    await option.first().waitFor();
    await option.first().click();
    await page.keyboard.press('Escape');
    await tag.waitFor({ timeout: 3_000 }).catch(() => undefined);
  }
  await tag.waitFor();
}

/** The input of an antd control whose test id antd puts on the input itself or on its wrapper. */
const inputOf = (testId: string) => `:is(input[data-testid=${testId}], [data-testid=${testId}] input)`;

async function build(page: Page, key: string, l: Labels): Promise<void> {
  await createApprovalWorkflow(page, { key, zh: l.name, en: l.name });
  await card(page, 'simple-node-managerApproval').waitFor();

  // 发起人: the start form gets a required money field for the amount.
  await card(page, 'simple-node-start').click();
  const builder = page.locator('[data-testid=simple-start-panel] [data-testid=form-builder]');
  await builder.locator('[data-testid=add-field]').click();
  const field = builder.locator('.ant-card').last();
  // Simple mode never shows the field's stored key: the field is named by its titles only.
  expect(await field.locator('[data-testid=field-title]').count()).toBe(1);
  await pickOption(page, field.locator('.ant-select'), l.money);
  await field.locator('.ant-checkbox-input').check();
  await field.locator('input[placeholder]').nth(0).fill('报销金额');
  await field.locator('input[placeholder]').nth(1).fill('Amount');

  // 条件分支 after the manager: amount above 5,000.
  await insertAt(page, 'managerApproval', 'simple:end', 'condition', 'condition1');
  await card(page, 'simple-branch-condition1-0').click();
  const branchPanel = page.locator('[data-testid=simple-branch-panel]');
  await branchPanel.locator('[data-testid=simple-branch-name-zh]').fill('超过 5,000 元');
  await branchPanel.locator('[data-testid=simple-branch-name-en]').fill('Above 5,000');
  await pickOption(page, branchPanel.locator('[data-testid=simple-condition-field-0]'), l.amountTitle);
  await branchPanel.locator(inputOf('simple-condition-value-0')).fill('5000');
  await card(page, 'simple-branch-condition1-0').filter({ hasText: '5,000' }).waitFor();

  // 审批人 in that branch: everyone holding the finance role, all must approve (会签).
  await insertAt(page, 'simple:condition1:branch:0', 'simple:condition1:join', 'approver', 'approval1');
  const approver = page.locator('[data-testid=simple-approver-panel]');
  await approver.locator('[data-testid=simple-name-zh]').fill('财务会签');
  await approver.locator('[data-testid=simple-name-en]').fill('Finance (all sign)');
  await pickOption(page, approver.locator('[data-testid=simple-source-kind-0]'), l.roleKind);
  await pickOption(page, approver.locator('[data-testid=simple-source-role-0]'), l.finance);
  await approver.locator(inputOf('simple-mode-all')).check();
  await card(page, 'simple-node-approval1').filter({ hasText: l.financeName }).waitFor();

  // 抄送人 after the branches meet: the office, not the starter's manager.
  await insertAt(page, 'simple:condition1:join', 'simple:end', 'cc', 'copy1');
  const cc = page.locator('[data-testid=simple-cc-panel]');
  await cc.locator('.ant-checkbox-input').nth(1).uncheck();
  await pickTag(page, cc.locator('[data-testid=simple-cc-roles]'), l.office);
  await card(page, 'simple-node-copy1').filter({ hasText: l.office }).waitFor();

  await expectNoProblems(page);
  await screenshot(page, `simple-designer-${l.language}`);
  await publishDraft(page, 1);
  // The same definition opens on the canvas.
  await page.locator('[data-testid=designer-mode-canvas]').click();
  await page.locator('[data-testid=designer-canvas] .react-flow__node').first().waitFor();
  await screenshot(page, `simple-designer-canvas-${l.language}`);
  await page.locator('[data-testid=designer-mode-simple]').click();
  await card(page, 'simple-node-copy1').waitFor();
}

async function approveInBrowser(session: UserSession, instanceId: string): Promise<void> {
  const taskId = await openTaskOf(instanceId, session.username);
  await session.page.goto(`/tasks/${taskId}`);
  await session.page.locator('[data-testid=task-form]').waitFor();
  await completeWith(session.page, 'APPROVE');
}

describe.each(LANGUAGES)('simple designer ($language)', (l) => {
  let browser: Browser;
  const sessions: UserSession[] = [];
  const run = Date.now().toString(36);
  const key = `simple-expense-${l.language === 'en' ? 'en' : 'zh'}-${run}`;
  // Unique per run: a database kept between runs already has the earlier runs' processes.
  const labels = { ...l, name: `${l.name} ${run}` };

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const s of sessions) await s.context.close();
    await browser?.close();
  });
  const login = async (user: string) => {
    const session = await loginAs(browser, user, { language: l.language });
    sessions.push(session);
    return session;
  };

  it('a shipped workflow that does not fit names the step and why, and opens on the canvas', async () => {
    const owner = await login('owner');
    await owner.page.goto('/designer/soe-expansion?mode=simple');
    const notice = owner.page.locator('[data-testid=simple-misfit]');
    await notice.waitFor();
    // 企业总部 is a compound state with steps inside: named by its title, never by its key.
    expect(await notice.innerText()).toContain(l.language === 'en' ? '"Headquarters"' : '「企业总部」');
    expect(await notice.innerText()).not.toContain('"hq"');
    await screenshot(owner.page, `simple-designer-misfit-${l.language}`);
    await owner.page.locator('[data-testid=simple-open-canvas]').click();
    await owner.page.locator('[data-testid=designer-canvas] .react-flow__node').first().waitFor();
  });

  it('a process owner builds and publishes the flow; an employee runs it to the end', async () => {
    const owner = await login('owner');
    await build(owner.page, key, labels).catch(async (error: unknown) => {
      await screenshot(owner.page, `simple-designer-failed-${l.language}`);
      throw error;
    });

    const owners = await apiAs('owner');
    const published = await owners<{
      spec: {
        states: Record<string, unknown>;
        meta: { input: { properties: Record<string, { title?: string }> } };
      };
    }>('GET', `/api/definitions/${key}/versions/1`);
    // The key the designer gave the amount field (the owner never saw it).
    const [amountKey] = Object.entries(published.spec.meta.input.properties).find(([, field]) =>
      field.title?.includes('报销金额'),
    ) ?? ['?'];
    expect(Object.keys(published.spec.states)).toEqual(
      expect.arrayContaining(['managerApproval', 'condition1', 'approval1', 'copy1', 'approved', 'rejected']),
    );

    const staff = await login('staff');
    const started = await startProcess(staff.page, labels.name, { reason: '北京出差', [amountKey]: 6800 });
    const admin = await apiAs('admin');
    const instanceId =
      started.instanceId ?? (await admin<{ instanceId: string }>('GET', `/api/tasks/${started.taskId}`)).instanceId;

    await approveInBrowser(await login('leader'), instanceId);
    // 会签: every finance reviewer the role resolves to must approve.
    type Detail = { status: string; state: unknown; tasks: { assignee: string | null; status: string }[] };
    const financeUsers = (await admin<Detail>('GET', `/api/instances/${instanceId}`)).tasks
      .filter((task) => task.status === 'open')
      .map((task) => task.assignee as string);
    expect(financeUsers.length).toBeGreaterThan(0);
    for (const user of financeUsers) {
      const detail = await admin<Detail>('GET', `/api/instances/${instanceId}`);
      expect(detail.state).toBe('approval1');
      await approveInBrowser(await login(user), instanceId);
    }
    const done = await admin<Detail>('GET', `/api/instances/${instanceId}`);
    expect(done.status).toBe('done');
    expect(done.state).toBe('approved');
    const verify = await admin<{ ok: boolean }>('GET', `/api/instances/${instanceId}/verify`);
    expect(verify.ok).toBe(true);

    const office = await apiAs('office');
    const inbox = await office<{ items: { instanceId?: string }[] }>('GET', '/api/notifications');
    expect(inbox.items.some((n) => n.instanceId === instanceId)).toBe(true);

    await staff.page.goto(`/instances/${instanceId}`);
    await staff.page.locator('[data-testid=approval-timeline]').waitFor();
    await screenshot(staff.page, `simple-designer-instance-${l.language}`);
  });

  it('a 延时 of 3 working days is picked in words and published as a working-time delay', async () => {
    const owner = await login('owner');
    const { page } = owner;
    const waitKey = `simple-wait-${l.language === 'en' ? 'en' : 'zh'}-${run}`;
    await createApprovalWorkflow(page, { key: waitKey, zh: `工作日等待 ${run}`, en: `Working-day wait ${run}` });
    await card(page, 'simple-node-managerApproval').waitFor();

    await insertAt(page, 'managerApproval', 'simple:end', 'delay', 'delay1');
    const panel = page.locator('[data-testid=simple-delay-panel]');
    await pickOption(page, panel.locator('[data-testid=simple-delay-unit]'), l.workingDays);
    await panel.locator(inputOf('simple-delay-amount')).fill('3');
    await panel.locator('[data-testid=simple-delay-from]').waitFor();
    await card(page, 'simple-node-delay1').filter({ hasText: l.waitSummary }).waitFor();
    // In words only: no ISO duration, no field path, no delay name.
    const text = await panel.innerText();
    for (const jargon of ['P3D', 'context.', 'delay1Wait']) expect(text).not.toContain(jargon);
    await screenshot(page, `simple-designer-working-wait-${l.language}`);

    await expectNoProblems(page);
    await publishDraft(page, 1);
    const owners = await apiAs('owner');
    const published = await owners<{
      spec: { meta: { delays?: Record<string, unknown> }; states: Record<string, { after?: Record<string, unknown> }> };
    }>('GET', `/api/definitions/${waitKey}/versions/1`);
    expect(published.spec.meta.delays).toEqual({ delay1Wait: { working: 'P3D' } });
    expect(Object.keys(published.spec.states.delay1.after ?? {})).toEqual(['delay1Wait']);
  });
});
