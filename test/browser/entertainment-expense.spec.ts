// A client entertainment expense with alcohol, completed in the browser by staff,
// leader and finance, each in their own browser context and seeing only their own work.
import type { Browser } from 'playwright-core';
import { activeDiagramNodes, screenshot, waitForDiagram } from './support/artifacts';
import { PNG_SIZE, pickAttachment, pngFile } from './support/attachment-file';
import { launchBrowser } from './support/browser';
import { claimTaskOf, gotoInbox, instancesOnTab, openTaskOf } from './support/inbox';
import { instanceSummaryShowing } from './support/instance-view';
import { PHONE, loginAs, type UserSession } from './support/session';
import { catalogueTitles, startProcess } from './support/start-process';
import { completeWith, fillTaskForm, refusedErrors } from './support/task-form';

const TITLE_ZH = '客户招待费申请与报销';

describe('entertainment expense with alcohol, in the browser', () => {
  let browser: Browser;
  let staff: UserSession;
  let leader: UserSession;
  let finance: UserSession;
  let instanceId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    staff = await loginAs(browser, 'staff');
    leader = await loginAs(browser, 'leader', { viewport: PHONE });
    finance = await loginAs(browser, 'finance', { language: 'en' });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('staff finds the process in the catalogue and starts it; finance may not start it', async () => {
    expect(await catalogueTitles(staff.page)).toContain(TITLE_ZH);
    expect(await catalogueTitles(finance.page)).not.toContain('Client entertainment expense request and reimbursement');

    const started = await startProcess(staff.page, TITLE_ZH, {
      guests: '某运营商采购部 王经理等',
      guestCount: 3,
      purpose: '洽谈年度框架合同',
      estimatedAmount: 1200,
      alcohol: true,
      region: { select: '县区' },
    });
    // The first step is the leader's, so the starter is shown the new instance.
    expect(started.instanceId).toMatch(/^[0-9a-f-]{36}$/);
    instanceId = started.instanceId as string;
    expect(await instanceSummaryShowing(staff.page, instanceId, [TITLE_ZH])).toContain('请示领导');
  });

  it('the approval waits in the leader inbox only; the leader approves (phone width)', async () => {
    expect(await instancesOnTab(staff.page, 'mine')).not.toContain(instanceId);
    expect(await instancesOnTab(finance.page, 'claimable')).not.toContain(instanceId);
    expect(await instancesOnTab(leader.page, 'mine')).toContain(instanceId);
    await leader.page.locator('[data-testid=task-card]').first().waitFor();
    await screenshot(leader.page, 'inbox-leader-phone');

    await openTaskOf(leader.page, instanceId);
    expect(await leader.page.locator('[data-testid=task-title]').innerText()).toBe('审批客户招待申请');
    expect(await activeDiagramNodes(leader.page)).toEqual(['leaderApproval']);
    await screenshot(leader.page, 'task-form-leader-phone');
    await completeWith(leader.page, 'APPROVE');
    expect(await instancesOnTab(leader.page, 'mine')).not.toContain(instanceId);
    expect(await instancesOnTab(leader.page, 'done')).toContain(instanceId);
  });

  it('staff fills in the alcohol form; the form refuses it empty, as the server would', async () => {
    await gotoInbox(staff.page, 'mine');
    await screenshot(staff.page, 'inbox-staff');
    await openTaskOf(staff.page, instanceId);
    expect(await refusedErrors(staff.page, 'SUBMIT_ALCOHOL_FORM')).toEqual(['必填', '必填', '必填']);
    await fillTaskForm(staff.page, { liquor: '本地白酒', quantity: 2, estimatedCost: 300 });
    await waitForDiagram(staff.page);
    await screenshot(staff.page, 'task-form-alcohol');
    await completeWith(staff.page, 'SUBMIT_ALCOHOL_FORM');
  });

  it('the leader approves the alcohol', async () => {
    await openTaskOf(leader.page, instanceId);
    await fillTaskForm(leader.page, { comment: '同意用酒' });
    await completeWith(leader.page, 'APPROVE_ALCOHOL');
  });

  it('staff records the hosting and claims the meal with a catering invoice', async () => {
    await openTaskOf(staff.page, instanceId);
    await fillTaskForm(staff.page, { actualAmount: 1100, hostedOn: { date: '2026-03-02' } });
    await completeWith(staff.page, 'HOSTED');

    await openTaskOf(staff.page, instanceId);
    await fillTaskForm(staff.page, {
      invoiceNumber: '044001900111-12345678',
      invoiceAmount: 1100,
      invoiceType: { select: '餐饮发票' },
    });
    // Without the invoice photo the form refuses; an empty file is refused by the server, in Chinese.
    expect(await refusedErrors(staff.page, 'SUBMIT_CLAIM')).toEqual(['必填']);
    const form = staff.page.locator('[data-testid=task-form]');
    const field = form.locator('[data-field=invoicePhoto]');
    await pickAttachment(form, 'invoicePhoto', { ...pngFile('空.png'), buffer: Buffer.alloc(0) });
    await field.getByText('文件是空的').waitFor();

    await pickAttachment(form, 'invoicePhoto', pngFile('发票.png'));
    await field.locator('.liucheng-attachment-link', { hasText: '发票.png' }).waitFor();
    expect(await field.innerText()).toContain(`${PNG_SIZE} B`);
    expect(await field.getByRole('button', { name: '移除' }).isVisible()).toBe(true);
    await waitForDiagram(staff.page);
    await screenshot(staff.page, 'task-form-claim');
    await completeWith(staff.page, 'SUBMIT_CLAIM');
  });

  it('finance (in English) sees the claim only as claimable, claims it and settles', async () => {
    expect(await instancesOnTab(staff.page, 'mine')).not.toContain(instanceId);
    expect(await instancesOnTab(leader.page, 'claimable')).not.toContain(instanceId);
    expect(await instancesOnTab(finance.page, 'mine')).not.toContain(instanceId);
    expect(await instancesOnTab(finance.page, 'claimable')).toContain(instanceId);
    await screenshot(finance.page, 'inbox-finance-claimable');

    await claimTaskOf(finance.page, instanceId);
    await openTaskOf(finance.page, instanceId, 'mine');
    expect(await finance.page.locator('[data-testid=task-title]').innerText()).toBe(
      'Check the entertainment expense claim',
    );
    expect(await finance.page.locator('[data-outcome=SETTLE]').innerText()).toBe('Approve and settle');
    expect(await activeDiagramNodes(finance.page)).toContain('settlement.claim.financeCheck');
    await screenshot(finance.page, 'task-form-finance');
    await fillTaskForm(finance.page, { comment: 'Invoice complete' });
    await completeWith(finance.page, 'SETTLE');
  });

  it('the instance view shows it settled, to the staff who started it', async () => {
    const summary = await instanceSummaryShowing(staff.page, instanceId, [TITLE_ZH, '已完成']);
    expect(summary).toContain('已核销');
    // The context's claim and the claim's history entry show the invoice photo as a download
    // (fetched with the token), not as JSON.
    const claimRow = staff.page.locator('.ant-table-row', { hasText: '提交报销' });
    await claimRow.locator('.ant-table-row-expand-icon').click();
    const links = staff.page.locator('.liucheng-attachment-link', { hasText: '发票.png' });
    await links.nth(1).waitFor();
    expect(await links.count()).toBe(2);
    const download = staff.page.waitForEvent('download');
    await links.last().click();
    expect((await download).suggestedFilename()).toBe('发票.png');
    await screenshot(staff.page, 'instance-final-entertainment');
  });
});
