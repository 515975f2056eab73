// Operations in the record, through the UI: an admin moves a running instance to another state
// (picked by its title, with a reason; zh-CN), and a process owner migrates the running instances
// of version 1 to version 2 from the versions view (identity mapping prefilled, a dry run that says
// what cannot move and why, then the run with each instance's result; en). Screenshots saved.
import type { HistoryResponse, Instance } from '@liucheng/contracts';
import type { Browser } from 'playwright-core';
import { screenshot } from './support/artifacts';
import { apiAs, publishAsOwner } from './support/api';
import { launchBrowser } from './support/browser';
import { pickOption, selectById } from './support/select-option';
import { loginAs, type UserSession } from './support/session';

const KEY = `operations-${Date.now().toString(36)}`;
const text = (zh: string, en: string) => ({ zh, en });

/** review (leader) → finance → approved; version 2 renames review to check. */
function spec(version: 1 | 2): Record<string, unknown> {
  const review = {
    meta: {
      title: version === 1 ? text('部门审批', 'Department review') : text('主管审核', 'Supervisor check'),
      task: { title: text('部门审批', 'Department review'), candidateRoles: ['leader'], outcomes: ['APPROVE'] },
    },
    on: { APPROVE: 'finance' },
  };
  return {
    id: KEY,
    initial: version === 1 ? 'review' : 'check',
    meta: {
      title: text('运维操作', 'Operations'),
      events: { APPROVE: { title: text('同意', 'Approve'), schema: { type: 'object' } } },
    },
    context: {},
    states: {
      [version === 1 ? 'review' : 'check']: review,
      finance: {
        meta: {
          title: text('财务复核', 'Finance check'),
          task: { title: text('财务复核', 'Finance check'), candidateRoles: ['finance'], outcomes: ['APPROVE'] },
        },
        on: { APPROVE: 'approved' },
      },
      approved: { type: 'final', meta: { title: text('已批准', 'Approved') } },
    },
  };
}

describe('operations in the record', () => {
  let browser: Browser;
  const sessions: UserSession[] = [];
  let moved: Instance;
  let waiting: Instance;

  beforeAll(async () => {
    browser = await launchBrowser();
    await publishAsOwner(KEY, spec(1));
    const staff = await apiAs('staff');
    moved = await staff<Instance>('POST', '/api/instances', { definitionKey: KEY });
    waiting = await staff<Instance>('POST', '/api/instances', { definitionKey: KEY });
  });

  afterAll(async () => {
    for (const s of sessions) await s.context.close();
    await browser?.close();
  });

  it('zh-CN: an admin moves an instance to 财务复核 with a reason; the history names the move', async () => {
    const session = await loginAs(browser, 'admin');
    sessions.push(session);
    const { page } = session;
    await page.goto(`/instances/${moved.id}`);
    await page.locator('[data-testid=move-to-state]').click();
    const modal = page.locator('[data-testid=move-modal]');
    await modal.locator('#move-target').waitFor();
    // Without a reason the form refuses.
    await pickOption(page, selectById(modal, 'move-target'), '财务复核');
    await modal.locator('.ant-btn-dangerous').click();
    await modal.locator('.ant-form-item-explain-error', { hasText: '请填写原因' }).waitFor();
    await modal.locator('#move-reason').fill('部门负责人已线下批准');
    await screenshot(page, 'operations-move-zh');
    await modal.locator('.ant-btn-dangerous').click();
    await page.locator('.ant-message', { hasText: '已跳转到「财务复核」' }).waitFor();
    await page.locator('[data-testid=move-modal]').waitFor({ state: 'hidden' });
    await page.locator('text=管理员跳转到节点').first().waitFor();
    // The approval timeline says it in words too, never the raw engine type.
    await page.locator('text=将流程跳转到「财务复核」').first().waitFor();
    expect(await page.locator('body').innerText()).not.toContain('@move');
    await screenshot(page, 'operations-moved-zh');
    const admin = await apiAs('admin');
    const history = await admin<HistoryResponse>('GET', `/api/instances/${moved.id}/history`);
    expect(history.items.at(-1)).toMatchObject({
      type: '@move',
      actor: 'admin',
      data: { to: 'finance', reason: '部门负责人已线下批准' },
    });
  });

  it('en: the owner migrates the running instances of v1 to v2 after a dry run', async () => {
    await publishAsOwner(KEY, spec(2));
    const session = await loginAs(browser, 'owner', { language: 'en' });
    sessions.push(session);
    const { page } = session;
    await page.goto(`/designer/${KEY}`);
    await page.locator('.ant-tabs-tab', { hasText: 'Versions' }).click();
    await page.locator('[data-testid=version-migrate-1]').click();
    const dialog = page.locator('[data-testid=migrate-dialog]');
    const mapping = dialog.locator('[data-testid=migration-mapping]');
    await mapping.waitFor();
    // Identity where version 2 has the state, nothing for the renamed one.
    expect(await selectById(dialog, 'mapping-finance').innerText()).toContain('Finance check');
    expect(await selectById(dialog, 'mapping-review').innerText()).toContain('(not mapped)');
    await dialog.locator('#migration-reason').fill('New approval rules');

    await dialog.locator('[data-testid=migration-dry-run]').click();
    const dry = dialog.locator('[data-testid=migration-dry-run-result]');
    await dry.waitFor();
    const blocked = dry.locator(`[data-testid=migration-item-${waiting.id}]`);
    expect(await blocked.locator('[data-outcome]').getAttribute('data-outcome')).toBe('cannot-migrate');
    expect(await blocked.innerText()).toContain('The new version has no such state and the mapping names none');
    expect(
      await dry.locator(`[data-testid=migration-item-${moved.id}] [data-outcome]`).getAttribute('data-outcome'),
    ).toBe('would-migrate');

    await pickOption(page, selectById(dialog, 'mapping-review'), 'Supervisor check');
    await dialog.locator('[data-testid=migration-dry-run-result]').waitFor({ state: 'detached' });
    await dialog.locator('[data-testid=migration-dry-run]').click();
    await dialog.locator('[data-testid=migration-dry-run-result]').waitFor();
    expect(await dialog.locator('[data-testid=migration-dry-run-result] [data-outcome=would-migrate]').count()).toBe(2);
    await screenshot(page, 'operations-migrate-dry-run-en');

    await dialog.locator('[data-testid=migration-run]').click();
    const done = dialog.locator('[data-testid=migration-run-result]');
    await done.waitFor();
    expect(await done.locator('[data-outcome=migrated]').count()).toBe(2);
    expect(await done.locator(`[data-testid=migration-item-${waiting.id}]`).innerText()).toContain('Supervisor check');
    await screenshot(page, 'operations-migrated-en');

    const admin = await apiAs('admin');
    for (const id of [moved.id, waiting.id]) {
      const instance = await admin<Instance>('GET', `/api/instances/${id}`);
      expect(instance.version).toBe(2);
      expect(await admin('GET', `/api/instances/${id}/verify`)).toMatchObject({ ok: true });
    }
  });

  it('en: the owner audits an instance of their own process (player on the version of each step, verify, no bundle)', async () => {
    const { page } = sessions[sessions.length - 1];
    await page.goto(`/audit/${waiting.id}`);
    const player = page.locator('[data-testid=history-player]');
    await player.waitFor();
    // Step 1 ran on version 1 (Department review), step 2 is the migration to version 2.
    await page.keyboard.press('Home');
    await page.locator('[data-testid=history-player][data-seq="1"]').waitFor();
    expect(await page.locator('[data-testid=player-state]').innerText()).toContain('Department review');
    await page.keyboard.press('ArrowRight');
    await page.locator('[data-testid=history-player][data-seq="2"]').waitFor();
    expect(await page.locator('[data-testid=player-event]').innerText()).toBe('Migrated to a new version');
    await page.locator('[data-testid=player-state]', { hasText: 'Supervisor check' }).waitFor();
    await page.locator('[data-testid=audit-verify] .ant-card-body button').click();
    await page.locator('[data-testid=audit-verify] .ant-alert-success').waitFor();
    expect(await page.locator('[data-testid=bundle-download]').count()).toBe(0);
    await screenshot(page, 'operations-owner-audit-en');
  });
});
