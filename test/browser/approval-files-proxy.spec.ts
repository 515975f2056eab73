// A proxy acting during an absence, and a file attached to a decision: the principal is away, so
// their deputy gets the task "on behalf of" them (zh), approves with an opinion file attached, and
// the next approver sees both in the timeline and downloads the very same bytes (en).
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { apiAs, publishAsOwner, type Api } from './support/api';
import { openTaskOf, startInstance } from './support/approval-api';
import { screenshot } from './support/artifacts';
import { pickAttachment, pngFile } from './support/attachment-file';
import { launchBrowser } from './support/browser';
import { gotoInbox, taskLink } from './support/inbox';
import { loginAs } from './support/session';
import { completeWith } from './support/task-form';

const RUN = `${process.pid.toString(36)}${Date.now().toString(36)}`;
const KEY = `browser-files-proxy-${RUN}`;
// Users of this file only: a proxy on a demo user would move other files' tasks.
const PRINCIPAL = `boss-${RUN}`;
const DEPUTY = `deputy-${RUN}`;
const PASSWORD = 'browser-pass-1';
const text = (zh: string, en: string) => ({ zh, en });

function spec() {
  const opinion = { type: 'object', 'x-attachment': true, title: '审批意见附件 / Opinion file' };
  const decision = { type: 'object', properties: { comment: { type: 'string', maxLength: 500 }, opinion } };
  const approval = (title: [string, string], users: string[]) => ({
    meta: {
      task: {
        title: text(...title),
        outcomes: ['APPROVE', 'REJECT'],
        approval: { approvers: [{ kind: 'users', users }] },
      },
    },
  });
  return {
    id: KEY,
    initial: 'review',
    context: {},
    meta: {
      title: text('附件审批', 'Approval with files'),
      input: { type: 'object', properties: { item: { type: 'string' } } },
      events: {
        APPROVE: { title: text('同意', 'Approve'), schema: decision },
        REJECT: { title: text('不同意', 'Reject'), schema: decision },
      },
    },
    states: {
      review: {
        ...approval(['部门审批', 'Department approval'], [PRINCIPAL]),
        on: { APPROVE: 'finance', REJECT: 'rejected' },
      },
      finance: {
        ...approval(['财务审批', 'Finance approval'], ['finance']),
        on: { APPROVE: 'approved', REJECT: 'rejected' },
      },
      approved: { type: 'final' },
      rejected: { type: 'final' },
    },
  };
}

describe('a proxy acting during an absence, and a file attached to a decision, in the browser', () => {
  let browser: Browser;
  let admin: Api;
  let instanceId: string;
  const file = pngFile('审批意见.png');

  beforeAll(async () => {
    admin = await apiAs('admin');
    for (const [username, displayName, displayNameEn] of [
      [PRINCIPAL, '钱总', 'Director Qian'],
      [DEPUTY, '孙助理', 'Assistant Sun'],
    ])
      await admin('POST', '/api/users', { username, displayName, displayNameEn, password: PASSWORD, roles: ['staff'] });
    // The principal is away from a minute ago for two days; the deputy stands in.
    const now = Date.now();
    await admin('POST', `/api/users/${PRINCIPAL}/proxies`, {
      proxy: DEPUTY,
      startsAt: new Date(now - 60_000).toISOString().replace('Z', '+00:00'),
      endsAt: new Date(now + 2 * 86_400_000).toISOString().replace('Z', '+00:00'),
      reason: '出差',
    });
    await publishAsOwner(KEY, spec());
    instanceId = await startInstance('staff', KEY, { item: '会议室投影仪' });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('zh-CN: the deputy finds the task in 待办, sees whom they stand in for, and approves with a file', async () => {
    const taskId = await openTaskOf(instanceId, DEPUTY);
    const deputy = await loginAs(browser, DEPUTY, { password: PASSWORD });
    const { page } = deputy;
    await gotoInbox(page, 'mine');
    await taskLink(page, instanceId).click();
    await page.waitForURL((url) => url.pathname === `/tasks/${taskId}`);
    const form = page.locator('[data-testid=task-form]');
    await form.waitFor();
    const slot = page.locator('[data-testid=approval-step][data-state=review] [data-testid=approval-slot]').last();
    expect(await slot.innerText()).toContain('代 钱总 审批');
    await pickAttachment(form, 'opinion', file);
    await form.locator('.liucheng-attachment-link', { hasText: file.name }).waitFor();
    await page.locator('#root_comment').fill('同意，报价见附件');
    await screenshot(page, 'approval-proxy-attach-zh');
    await completeWith(page, 'APPROVE');
    await deputy.context.close();
  });

  it('en: finance sees who approved on whose behalf, with the file, and downloads the same bytes', async () => {
    const taskId = await openTaskOf(instanceId, 'finance');
    const finance = await loginAs(browser, 'finance', { language: 'en' });
    const { page } = finance;
    await page.goto(`/tasks/${taskId}`);
    const slot = page.locator(
      `[data-testid=approval-step][data-state=review] [data-testid=approval-slot][data-user="${DEPUTY}"]`,
    );
    await slot.waitFor();
    const shown = await slot.innerText();
    expect(shown).toContain('Assistant Sun');
    expect(shown).toContain('On behalf of Director Qian');
    expect(shown).toContain('同意，报价见附件');
    const link = slot.locator('[data-testid=slot-files] .liucheng-attachment-link', { hasText: file.name });
    await screenshot(page, 'approval-proxy-file-timeline-en');
    const download = page.waitForEvent('download');
    await link.click();
    const saved = await (await download).path();
    expect(Buffer.compare(await readFile(saved), file.buffer)).toBe(0);
    await completeWith(page, 'APPROVE');
    await finance.context.close();

    const instance = await admin<{ status: string }>('GET', `/api/instances/${instanceId}`);
    expect(instance.status).toBe('done');
  });
});
