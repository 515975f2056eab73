// Contract negotiation, parallel finance and legal review, signing and filing, completed in the
// browser by staff, finance, legal and the leader, each seeing only their own and claimable work.
import type { Browser } from 'playwright-core';
import { activeDiagramNodes, screenshot } from './support/artifacts';
import { launchBrowser } from './support/browser';
import { claimTaskOf, instancesOnTab, openTaskOf } from './support/inbox';
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

  it('staff records the agreed terms and submits the draft', async () => {
    await fillTaskForm(staff.page, {
      counterparty: '某市电信分公司',
      amount: 2880000,
      keyTerms: '按季度结算，质保一年',
    });
    await completeWith(staff.page, 'NEGOTIATED');

    await openTaskOf(staff.page, instanceId);
    await fillTaskForm(staff.page, {
      contractTitle: '光缆线路维护框架合同',
      draftRef: 'HT-2026-007-v1',
      amount: 2880000,
    });
    await completeWith(staff.page, 'SUBMIT_DRAFT');
  });

  it('finance and legal each see their own review as claimable, and complete it', async () => {
    expect(await instancesOnTab(staff.page, 'mine')).not.toContain(instanceId);
    expect(await instancesOnTab(leader.page, 'claimable')).not.toContain(instanceId);
    expect(await instancesOnTab(finance.page, 'claimable')).toContain(instanceId);
    expect(await instancesOnTab(legal.page, 'claimable')).toContain(instanceId);

    // A candidate may complete an unclaimed task right away.
    await openTaskOf(finance.page, instanceId, 'claimable');
    expect(await finance.page.locator('[data-testid=task-title]').innerText()).toBe('财务审核合同');
    await fillTaskForm(finance.page, { comment: '付款条件合理' });
    await completeWith(finance.page, 'FINANCE_APPROVE');
    expect(await instancesOnTab(legal.page, 'claimable')).toContain(instanceId);

    await openTaskOf(legal.page, instanceId, 'claimable');
    expect(await legal.page.locator('[data-testid=task-title]').innerText()).toBe('法务审核合同');
    await completeWith(legal.page, 'LEGAL_APPROVE');
  });

  it('the leader claims the signing and signs', async () => {
    expect(await instancesOnTab(leader.page, 'claimable')).toContain(instanceId);
    await claimTaskOf(leader.page, instanceId);
    await openTaskOf(leader.page, instanceId, 'mine');
    await fillTaskForm(leader.page, { signedOn: { date: '2026-03-05' }, signatory: '张总' });
    expect(await activeDiagramNodes(leader.page)).toEqual(['signing']);
    await screenshot(leader.page, 'task-form-signing');
    await completeWith(leader.page, 'SIGN');
  });

  it('legal claims the filing, which leaves the finance inbox, and files it', async () => {
    expect(await instancesOnTab(finance.page, 'claimable')).toContain(instanceId);
    await claimTaskOf(legal.page, instanceId);
    expect(await instancesOnTab(finance.page, 'claimable')).not.toContain(instanceId);

    await openTaskOf(legal.page, instanceId, 'mine');
    await fillTaskForm(legal.page, { filingNo: 'HTBA-2026-0042' });
    await completeWith(legal.page, 'FILE');
  });

  it('the instance view shows it filed', async () => {
    const summary = await instanceSummaryShowing(staff.page, instanceId, [TITLE_ZH, '已完成']);
    expect(summary).toContain('已备案');
    await screenshot(staff.page, 'instance-final-contract');
  });
});
