// Approvals in the browser, in zh-CN and en: a 会签 of three where one rejects, a transfer and a
// 驳回 on a phone, 加签 and 减签, and the applicant's urge and withdraw with their refusals in the
// user's language.
import type { Browser, Page } from 'playwright-core';
import { screenshot } from './support/artifacts';
import { decide, openTaskOf, publishDefinition, startInstance } from './support/approval-api';
import { purchaseApprovalSpec } from './support/approval-definitions';
import { threeSignSpec } from './support/three-sign-definition';
import { pickOption } from './support/select-option';
import { launchBrowser } from './support/browser';
import { loginAs, PHONE, type LoginOptions, type UserSession } from './support/session';

const KEY = `browser-approvals-${Date.now().toString(36)}`;
const PURCHASE_KEY = `${KEY}-purchase`;
const INPUT = { item: '笔记本电脑', amount: 8000, neededBy: '2026-12-20' };

async function openTask(page: Page, taskId: string): Promise<void> {
  await page.goto(`/tasks/${taskId}`);
  await page.locator('[data-testid=task-form]').waitFor();
  await page.locator('[data-testid=approval-timeline]').waitFor();
}

async function openInstance(page: Page, instanceId: string): Promise<void> {
  await page.goto(`/instances/${instanceId}`);
  await page.locator('[data-testid=approval-timeline]').waitFor();
}

/** The request field's shown value on the current page. */
const fieldText = (page: Page, name: string) =>
  page.locator(`[data-testid=request-view] [data-field="${name}"]`).innerText();

const slot = (page: Page, state: string, user: string) =>
  page
    .locator(`[data-testid=approval-step][data-state="${state}"] [data-testid=approval-slot][data-user="${user}"]`)
    .last();

/** Presses the OK button of the open modal titled `title`. */
async function confirmModal(page: Page, title: string): Promise<void> {
  await page.locator('.ant-modal-container', { hasText: title }).locator('.ant-modal-footer .ant-btn-primary').click();
}

describe('approvals, in the browser', () => {
  let browser: Browser;
  const login = (username: string, options?: LoginOptions): Promise<UserSession> => loginAs(browser, username, options);

  beforeAll(async () => {
    browser = await launchBrowser();
    await publishDefinition(KEY, threeSignSpec(KEY));
    await publishDefinition(PURCHASE_KEY, purchaseApprovalSpec(PURCHASE_KEY));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('会签 of three: finance approves (zh), legal rejects with a comment (en), the applicant sees why', async () => {
    const id = await startInstance('staff', KEY, INPUT);
    await decide(id, 'leader', 'APPROVE', '同意采购');
    const financeTask = await openTaskOf(id, 'finance');
    const legalTask = await openTaskOf(id, 'legal');
    const officeTask = await openTaskOf(id, 'office');

    const finance = await login('finance');
    await openTask(finance.page, financeTask);
    expect(await fieldText(finance.page, 'amount')).toBe('¥8,000.00');
    expect(await fieldText(finance.page, 'neededBy')).toBe('2026年12月20日');
    expect(await finance.page.locator('[data-testid=request-view]').innerText()).toContain('采购物品');
    // The manager's decision is shown with the leader's display name and comment.
    expect(await slot(finance.page, 'manager', 'leader').innerText()).toMatch(
      /李四 \(leader\)[\s\S]*同意[\s\S]*同意采购/,
    );
    expect(await finance.page.locator('[data-testid=waiting-for]').innerText()).toContain('王五 (finance)');
    // The approver may also transfer, delegate, add approvers and copy; no send-back target here.
    const actions = await finance.page
      .locator('[data-testid=approval-actions] button')
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-action')));
    expect(actions).toEqual(['transfer', 'delegate', 'add-approvers', 'cc']);
    await screenshot(finance.page, 'approvals-three-sign-finance-zh');
    await finance.page.locator('[data-outcome=APPROVE]').click();
    await finance.page.waitForURL((url) => url.pathname === '/tasks');

    const legal = await login('legal', { language: 'en' });
    await openTask(legal.page, legalTask);
    expect(await fieldText(legal.page, 'amount')).toBe('¥8,000.00');
    expect(await fieldText(legal.page, 'neededBy')).toBe('December 20, 2026');
    expect(await slot(legal.page, 'board', 'finance').innerText()).toContain('Wang Wu (finance)');
    await legal.page.locator('[data-testid=task-form] #root_comment').fill('Over the yearly budget');
    await legal.page.locator('[data-outcome=REJECT]').click();
    await legal.page.waitForURL((url) => url.pathname === '/tasks');

    const staff = await login('staff');
    await openInstance(staff.page, id);
    const board = staff.page.locator('[data-testid=approval-step][data-state="board"]');
    expect(await board.getAttribute('data-status')).toBe('rejected');
    expect(await slot(staff.page, 'board', 'finance').getAttribute('data-slot-status')).toBe('approved');
    const rejected = slot(staff.page, 'board', 'legal');
    expect(await rejected.getAttribute('data-slot-status')).toBe('rejected');
    expect(await rejected.innerText()).toMatch(/赵六 \(legal\)[\s\S]*不同意[\s\S]*意见：Over the yearly budget/);
    expect(await slot(staff.page, 'board', 'office').innerText()).toContain('无需处理');
    expect(await board.innerText()).not.toContain('等待');
    await screenshot(staff.page, 'approvals-three-sign-rejected-zh');

    // The third approver's task closed with the step.
    const office = await login('office');
    await office.page.goto(`/tasks/${officeTask}`);
    await office.page.locator('.ant-alert', { hasText: '已取消' }).waitFor();
  });

  it('转办 on a phone: the leader hands the task to hq, who sees where it came from and approves (en)', async () => {
    const id = await startInstance('staff', KEY, { item: '投影仪', amount: 1234.5 });
    const leader = await login('leader', { viewport: PHONE });
    await openTask(leader.page, await openTaskOf(id, 'leader'));
    expect(await fieldText(leader.page, 'amount')).toBe('¥1,234.50');
    // Everything fits the phone's width: no sideways scrolling.
    expect(await leader.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(leader.page, 'approvals-transfer-phone-zh');
    await leader.page.locator('[data-action=transfer]').click();
    const modal = leader.page.locator('.ant-modal-container', { hasText: '转办给他人' });
    await pickOption(leader.page, modal.locator('.ant-select'), '冯二', 'hq');
    await modal.locator('textarea').fill('出差一周');
    await screenshot(leader.page, 'approvals-transfer-modal-phone-zh');
    await confirmModal(leader.page, '转办给他人');
    await leader.page.waitForURL((url) => url.pathname === '/tasks');
    await leader.page.locator('.ant-message-success').first().waitFor();

    const hq = await login('hq', { language: 'en' });
    await openTask(hq.page, await openTaskOf(id, 'hq'));
    expect(await slot(hq.page, 'manager', 'hq').innerText()).toContain('Transferred from Li Si (leader)');
    const transfer = hq.page.locator('[data-testid=timeline-event][data-type="@transfer"]');
    expect(await transfer.innerText()).toMatch(
      /Li Si \(leader\) transferred it to Feng Er \(hq\)[\s\S]*Reason: 出差一周/,
    );
    await screenshot(hq.page, 'approvals-transfer-received-en');
    await hq.page.locator('[data-outcome=APPROVE]').click();
    await hq.page.waitForURL((url) => url.pathname === '/tasks');
  });

  it('驳回 on a phone (zh): legal sends it back to the manager with a reason, who sees why and approves again (en)', async () => {
    const id = await startInstance('staff', PURCHASE_KEY, { item: '服务器', amount: 26000 });
    await decide(id, 'leader', 'APPROVE', '同意');
    await decide(id, 'finance', 'APPROVE');
    await decide(id, 'branch-finance', 'APPROVE');
    const legal = await login('legal', { viewport: PHONE });
    await openTask(legal.page, await openTaskOf(id, 'legal'));
    await legal.page.locator('[data-action=send-back]').click();
    const modal = legal.page.locator('.ant-modal-container', { hasText: '驳回到之前的环节' });
    await pickOption(legal.page, modal.locator('.ant-select'), '主管审批');
    await modal.locator('textarea').fill('请补充三家报价');
    expect(await legal.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(legal.page, 'approvals-send-back-phone-zh');
    await confirmModal(legal.page, '驳回到之前的环节');
    await legal.page.waitForURL((url) => url.pathname === '/tasks');

    const leader = await login('leader', { language: 'en' });
    await openTask(leader.page, await openTaskOf(id, 'leader'));
    const sentBack = leader.page.locator('[data-testid=timeline-event][data-type="@send-back"]');
    expect(await sentBack.innerText()).toMatch(
      /Zhao Liu \(legal\) sent it back to "Manager approval"[\s\S]*请补充三家报价/,
    );
    const rounds = leader.page.locator('[data-testid=approval-step][data-state=manager]');
    expect(await rounds.count()).toBe(2);
    expect(await rounds.last().innerText()).toContain('Round 2');
    await screenshot(leader.page, 'approvals-sent-back-received-en');
    await leader.page.locator('[data-outcome=APPROVE]').click();
    await leader.page.waitForURL((url) => url.pathname === '/tasks');
    // The finance 会签 opens again after the manager's second approval.
    expect(await openTaskOf(id, 'finance')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('加签 then 减签 (zh): the leader adds an approver beside them, then takes them off the step', async () => {
    const id = await startInstance('staff', KEY, INPUT);
    const leader = await login('leader');
    await openTask(leader.page, await openTaskOf(id, 'leader'));
    await leader.page.locator('[data-action=add-approvers]').click();
    const modal = leader.page.locator('.ant-modal-container', { hasText: '加签方式' });
    await pickOption(leader.page, modal.locator('.ant-select'), '(market)', 'market');
    await modal.locator('.ant-radio-wrapper', { hasText: '与我一同审批' }).click();
    await modal.locator('.ant-modal-footer .ant-btn-primary').click();
    await leader.page.locator('.ant-message-success').first().waitFor();
    expect(await openTaskOf(id, 'market')).toMatch(/^[0-9a-f-]{36}$/);

    await openInstance(leader.page, id);
    const added = slot(leader.page, 'manager', 'market');
    // Names come from the directory, which may answer after the timeline is drawn: wait for them.
    await added.filter({ hasText: '由 李四 (leader) 加签' }).waitFor();
    // Only the added approver can be removed: the leader's own place has no such button.
    expect(await slot(leader.page, 'manager', 'leader').locator('[data-action=remove-approver]').count()).toBe(0);
    await added.locator('[data-action=remove-approver]').click();
    await leader.page.locator('.ant-popconfirm-buttons .ant-btn-primary').click();
    await leader.page.locator('.ant-message-success', { hasText: '减签' }).waitFor();
    await slot(leader.page, 'manager', 'market').and(leader.page.locator('[data-slot-status=removed]')).waitFor();
    expect(await slot(leader.page, 'manager', 'market').innerText()).toContain('已减签');
    await expect(openTaskOf(id, 'market')).rejects.toThrow(/no open task/);
    await screenshot(leader.page, 'approvals-remove-approver-zh');
  });

  it('the applicant urges (once per interval) and withdraws; the refusals are in their language', async () => {
    const waiting = await startInstance('staff', KEY, INPUT);
    const decided = await startInstance('staff', KEY, INPUT);
    await decide(decided, 'leader', 'APPROVE');

    const staffEn = await login('staff', { language: 'en' });
    await openInstance(staffEn.page, waiting);
    await staffEn.page.locator('[data-action=urge]').click();
    await confirmModal(staffEn.page, 'Remind approvers');
    await staffEn.page.locator('.ant-message-success', { hasText: 'Reminder sent' }).waitFor();
    expect(await staffEn.page.locator('[data-testid=timeline-event][data-type="@urge"]').innerText()).toContain(
      'Zhang San (staff) sent a reminder',
    );
    await staffEn.page.locator('[data-action=urge]').click();
    await confirmModal(staffEn.page, 'Remind approvers');
    const tooSoon = staffEn.page.locator('[data-testid=starter-action-error]');
    expect(await tooSoon.innerText()).toMatch(/Reminded too recently; try again after .*\d/);
    await screenshot(staffEn.page, 'approvals-urge-too-soon-en');

    const staff = await login('staff');
    await openInstance(staff.page, decided);
    await staff.page.locator('[data-action=withdraw]').click();
    await confirmModal(staff.page, '撤回申请');
    expect(await staff.page.locator('[data-testid=starter-action-error]').innerText()).toContain(
      '已有审批人处理过，不能再撤回',
    );
    await screenshot(staff.page, 'approvals-withdraw-refused-zh');

    await openInstance(staff.page, waiting);
    await staff.page.locator('[data-action=withdraw]').click();
    await staff.page.locator('.ant-modal-container textarea').fill('不需要了');
    await confirmModal(staff.page, '撤回申请');
    await staff.page.locator('.ant-message-success', { hasText: '已撤回申请' }).waitFor();
    const withdrawn = staff.page.locator('[data-testid=timeline-event][data-type="@withdraw"]');
    expect(await withdrawn.innerText()).toMatch(/张三 \(staff\) 撤回了申请[\s\S]*理由：不需要了/);
    // A finished instance offers neither button.
    await staff.page.locator('[data-testid=starter-actions]').waitFor({ state: 'detached' });
    await screenshot(staff.page, 'approvals-withdrawn-zh');
  });
});
