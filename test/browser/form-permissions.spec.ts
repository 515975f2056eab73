// 表单权限 and the new field types in simple mode (zh-CN): the owner adds a person (人员), a date
// range (日期区间), a department (部门) and a multiple choice (多选) to the start form, hides the person
// from the manager's step and publishes; the employee picks the person by name, the dates, the
// department and a meal; the manager's task shows the range but neither
// the person in the request view (task and instance pages) nor in the form, and the employee sees
// the person by name, as does the audit player.
// Screenshots in test-artifacts/browser/.
import type { Browser, Page } from 'playwright-core';
import { apiAs } from './support/api';
import { openTaskOf } from './support/approval-api';
import { screenshot } from './support/artifacts';
import { launchBrowser } from './support/browser';
import { createApprovalWorkflow, expectNoProblems, publishDraft } from './support/designer-flow';
import { pickOption } from './support/select-option';
import { loginAs, type UserSession } from './support/session';
import { startProcess } from './support/start-process';
import { completeWith } from './support/task-form';

/** Adds a start-form field of type `typeLabel` with its two titles. */
async function addField(page: Page, typeLabel: string, zh: string, en: string, required: boolean): Promise<void> {
  const builder = page.locator('[data-testid=simple-start-panel] [data-testid=form-builder]');
  const before = await builder.locator('[data-testid=form-field]').count();
  await builder.locator('[data-testid=add-field]').click();
  const field = builder.locator('[data-testid=form-field]').nth(before);
  await field.waitFor();
  await pickOption(page, field.locator('.ant-select').first(), typeLabel);
  if (required) await field.locator('.ant-checkbox-input').check();
  await field.locator('input[placeholder]').nth(0).fill(zh);
  await field.locator('input[placeholder]').nth(1).fill(en);
}

describe('表单权限 and the person / date range fields (zh-CN)', () => {
  let browser: Browser;
  const sessions: UserSession[] = [];
  const run = Date.now().toString(36);
  const key = `form-permissions-${run}`;
  const name = `出差申请 ${run}`;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const s of sessions) await s.context.close();
    await browser?.close();
  });
  const login = async (user: string) => {
    const session = await loginAs(browser, user, { language: 'zh-CN' });
    sessions.push(session);
    return session;
  };

  it('the manager does not see the field hidden from the step; the employee sees the person by name', async () => {
    const owner = await login('owner');
    const page = owner.page;
    await createApprovalWorkflow(page, { key, zh: name, en: `Trip request ${run}` });
    await page.locator('[data-testid=simple-node-managerApproval]').waitFor();

    await page.locator('[data-testid=simple-node-start]').click();
    await addField(page, '人员', '代理人', 'Deputy', true);
    await addField(page, '日期区间', '出差日期', 'Trip dates', true);
    await addField(page, '部门', '费用部门', 'Cost centre', false);
    await addField(page, '多选', '餐别', 'Meals', false);
    const meals = page.locator('[data-testid=simple-start-panel] [data-testid=form-field]').last();
    for (const [zh, en] of [
      ['午餐', 'Lunch'],
      ['晚餐', 'Dinner'],
    ]) {
      await meals.locator('[data-testid=add-option]').click();
      const option = meals.locator('[data-testid=choice-option]').last();
      await option.locator('input').nth(0).fill(zh);
      await option.locator('input').nth(1).fill(en);
    }
    // Simple mode names options by their labels only; the stored values never show.
    expect(await meals.locator('[data-testid=choice-option] input').count()).toBe(4);
    await screenshot(page, 'form-permissions-start-form-zh-CN');

    // 审批人: the manager's 表单权限 lists the fields by title only and hides the deputy.
    await page.locator('[data-testid=simple-node-managerApproval]').click();
    const access = page.locator('[data-testid=simple-approver-panel] [data-testid=simple-field-access]');
    await access.waitFor();
    expect(await access.innerText()).not.toMatch(/field\d/);
    await access
      .locator('[data-testid=simple-field-access-row][data-title="代理人"] label', { hasText: '隐藏' })
      .click();
    await access
      .locator('[data-testid=simple-field-access-row][data-title="代理人"] .ant-radio-button-wrapper-checked', {
        hasText: '隐藏',
      })
      .waitFor();
    await screenshot(page, 'form-permissions-access-zh-CN');
    await expectNoProblems(page);
    await screenshot(page, 'form-permissions-designer-zh-CN');
    await publishDraft(page, 1);

    const owners = await apiAs('owner');
    const published = await owners<{
      spec: {
        states: { managerApproval: { meta: { task: { fieldAccess?: Record<string, string> } } } };
        meta: { input: { properties: Record<string, { title?: string; 'x-kind'?: string }> } };
      };
    }>('GET', `/api/definitions/${key}/versions/1`);
    const keyOf = (kind: string) =>
      Object.entries(published.spec.meta.input.properties).find(([, p]) => p['x-kind'] === kind)?.[0] ?? '?';
    const person = keyOf('person');
    const range = keyOf('date-range');
    const department = keyOf('department');
    const mealsKey =
      Object.keys(published.spec.meta.input.properties).find(
        (k) => ![person, range, department, 'reason'].includes(k),
      ) ?? '?';
    expect(published.spec.states.managerApproval.meta.task.fieldAccess).toEqual({ [person]: 'hidden' });

    const staff = await login('staff');
    const started = await startProcess(staff.page, name, {
      reason: '去上海拜访客户',
      [person]: { select: '赵六' },
      [`${range}_start`]: { date: '2026-12-01' },
      [`${range}_end`]: { date: '2026-12-03' },
      [mealsKey]: { select: '晚餐' },
      [department]: { select: '财务部' },
    });
    const admin = await apiAs('admin');
    const instanceId =
      started.instanceId ?? (await admin<{ instanceId: string }>('GET', `/api/tasks/${started.taskId}`)).instanceId;
    const detail = await admin<{ context: Record<string, unknown> }>('GET', `/api/instances/${instanceId}`);
    // Stored as the username and two ISO dates; shown by name and as one span.
    expect(detail.context[person]).toBe('legal');
    expect(detail.context[range]).toEqual({ start: '2026-12-01', end: '2026-12-03' });
    expect(detail.context[mealsKey]).toEqual(['option2']);
    expect(detail.context[department]).toBe('finance');

    const leader = await login('leader');
    const taskId = await openTaskOf(instanceId, 'leader');
    await leader.page.goto(`/tasks/${taskId}`);
    const view = leader.page.locator('[data-testid=request-view]');
    await view.locator(`[data-field="${range}"]`, { hasText: '2026年12月1日 至 2026年12月3日' }).waitFor();
    await leader.page.locator('[data-testid=task-form]').waitFor();
    expect(await view.locator(`[data-field="${person}"]`).count()).toBe(0);
    expect(await leader.page.locator(`[data-testid=task-form] #root_${person}`).count()).toBe(0);
    expect(await leader.page.locator('main').innerText()).not.toContain('赵六');
    await screenshot(leader.page, 'form-permissions-approver-zh-CN');
    // The instance page hides it too while the manager has the step open.
    await leader.page.goto(`/instances/${instanceId}`);
    const instanceView = leader.page.locator('[data-testid=request-view]');
    await instanceView.locator(`[data-field="${range}"]`).waitFor();
    expect(await instanceView.locator(`[data-field="${person}"]`).count()).toBe(0);
    await leader.page.goto(`/tasks/${taskId}`);
    await leader.page.locator('[data-testid=task-form]').waitFor();
    await completeWith(leader.page, 'APPROVE');

    await staff.page.goto(`/instances/${instanceId}`);
    const own = staff.page.locator('[data-testid=request-view]');
    await own.locator(`[data-field="${person}"]`, { hasText: '赵六' }).waitFor();
    expect(await own.locator(`[data-field="${person}"]`).innerText()).not.toBe('legal');
    expect(await own.locator(`[data-field="${mealsKey}"]`).innerText()).toBe('晚餐');
    expect(await own.locator(`[data-field="${department}"]`).innerText()).toBe('财务部');
    await screenshot(staff.page, 'form-permissions-starter-zh-CN');

    // The audit player reads the person by name too, beside the username the record holds.
    const auditor = await login('auditor');
    await auditor.page.goto(`/audit/${instanceId}`);
    await auditor.page
      .locator(`[data-testid=player-context] tr[data-field="${person}"]`, { hasText: '赵六' })
      .waitFor();
    await screenshot(auditor.page, 'form-permissions-audit-zh-CN');
  });
});
