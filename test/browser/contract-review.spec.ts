// Contract negotiation and signing by the business person, then finance and legal review and file
// it as one 会签, completed in the browser by staff, finance and legal; the leader has nothing to do.
import type { Browser } from 'playwright-core';
import { activeDiagramNodes, screenshot } from './support/artifacts';
import { launchBrowser } from './support/browser';
import { instancesOnTab, openTaskOf } from './support/inbox';
import { instanceIdOfTaskPage, instanceSummaryShowing } from './support/instance-view';
import { loginAs, type UserSession } from './support/session';
import { startProcess } from './support/start-process';
import { completeWith, fillTaskForm } from './support/task-form';

const TITLE_ZH = '合同洽谈、审核与备案';

describe('contract review, in the browser', () => {
  let browser: Browser;
  let staff: UserSession;
  let finance: UserSession;
  let legal: UserSession;
  let leader: UserSession;
  let instanceId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    [staff, finance, legal, leader] = await Promise.all(
      ['staff', 'finance', 'legal', 'leader'].map((username) => loginAs(browser, username)),
    );
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('staff starts it and is taken straight to the negotiation task', async () => {
    const started = await startProcess(staff.page, TITLE_ZH, {
      subject: '2026年度光缆线路维护框架合同',
      counterparty: '某市电信分公司',
      estimatedAmount: 3000000,
    });
    expect(started.taskId).toMatch(/^[0-9a-f-]{36}$/);
    await staff.page.locator('[data-testid=task-form]').waitFor();
    expect(await staff.page.locator('[data-testid=task-title]').innerText()).toBe('与对方洽谈合同条款');
    instanceId = await instanceIdOfTaskPage(staff.page);
    expect(await activeDiagramNodes(staff.page)).toEqual(['negotiation']);
    await screenshot(staff.page, 'task-form-negotiation');
  });

  it('staff records the agreed terms, then signs the contract with the counterparty', async () => {
    await fillTaskForm(staff.page, {
      counterparty: '某市电信分公司',
      amount: 2880000,
      keyTerms: '按季度结算，质保一年',
    });
    await completeWith(staff.page, 'NEGOTIATED');

    await openTaskOf(staff.page, instanceId);
    expect(await staff.page.locator('[data-testid=task-title]').innerText()).toBe('与对方签订合同');
    await fillTaskForm(staff.page, {
      contractTitle: '光缆线路维护框架合同',
      contractNo: 'HT-2026-007',
      signedOn: { date: '2026-03-05' },
      signatory: '张总',
      amount: 2880000,
    });
    expect(await activeDiagramNodes(staff.page)).toEqual(['signing']);
    await screenshot(staff.page, 'task-form-signing');
    await completeWith(staff.page, 'SIGN');
  });

  it('finance and legal both review and file it (会签): each has a task of their own', async () => {
    expect(await instancesOnTab(staff.page, 'mine')).not.toContain(instanceId);
    expect(await instancesOnTab(leader.page, 'mine')).not.toContain(instanceId);
    expect(await instancesOnTab(finance.page, 'mine')).toContain(instanceId);
    expect(await instancesOnTab(legal.page, 'mine')).toContain(instanceId);

    await openTaskOf(finance.page, instanceId, 'mine');
    await fillTaskForm(finance.page, { comment: '付款条件合理' });
    await completeWith(finance.page, 'APPROVE');
    // One of two: the step waits for legal.
    expect(await instancesOnTab(legal.page, 'mine')).toContain(instanceId);
    expect(await instancesOnTab(finance.page, 'mine')).not.toContain(instanceId);

    await openTaskOf(legal.page, instanceId, 'mine');
    await completeWith(legal.page, 'APPROVE');
  });

  it('the instance view shows it filed', async () => {
    const summary = await instanceSummaryShowing(staff.page, instanceId, [TITLE_ZH, '已完成']);
    expect(summary).toContain('已审核备案');
    await screenshot(staff.page, 'instance-final-contract');
  });
});
