// The auditor's ledger: a report the manager marks late records a ¥20 fine of its starter (a
// definition published here declares it in meta.ledger exactly as the weekly report does; the
// browser server runs no timer worker, so the shipped report's deadline cannot fire). The fine
// shows by the staff member's display name in the totals and the entries, the CSV downloads with a
// BOM, and the version's analytics colours the diagram. zh-CN and en.
import { readFile } from 'node:fs/promises';
import type { Instance, LedgerReport } from '@liucheng/contracts';
import type { Browser } from 'playwright-core';
import { lateFineSpec } from '../api/support/ledger-definitions';
import { apiAs, publishAsOwner, type Api } from './support/api';
import { screenshot } from './support/artifacts';
import { launchBrowser } from './support/browser';
import { loginAs, type UserSession } from './support/session';

const KEY = `late-report-${Date.now().toString(36)}`;
const BUSINESS_KEY = `ZB-${Date.now().toString(36)}`;
const TITLE = { zh: '周报逾期登记', en: 'Late report register' };
/** Today in Asia/Shanghai (the fine is recorded now). */
const TODAY = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

describe('the auditor reads the ledger of fines', () => {
  let browser: Browser;
  let auditorApi: Api;
  let instance: Instance;
  let staffName: { zh: string; en: string };
  const sessions: UserSession[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    await publishAsOwner(KEY, lateFineSpec(KEY, { ledger: true, title: TITLE.zh }));
    const [staff, leader] = await Promise.all([apiAs('staff'), apiAs('leader')]);
    auditorApi = await apiAs('auditor');
    instance = await staff<Instance>('POST', '/api/instances', {
      definitionKey: KEY,
      input: {},
      businessKey: BUSINESS_KEY,
    });
    await leader('POST', `/api/instances/${instance.id}/events`, { type: 'MARK_LATE', data: {} });
    // Read back as the auditor: the person the ledger names, with their display names.
    for (let waited = 0; ; waited += 250) {
      const ledger = await auditorApi<LedgerReport>('GET', `/api/audit/ledger?from=${TODAY}&to=${TODAY}&kind=fine`);
      const fine = ledger.entries.find((e) => e.instanceId === instance.id);
      if (fine?.person) {
        staffName = fine.person.displayName;
        break;
      }
      if (waited > 10_000) throw new Error('the fine is not in the ledger');
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  });

  afterAll(async () => {
    for (const s of sessions) await s.context.close();
    await browser?.close();
  });

  it.each([
    ['zh-CN', TITLE.zh, '罚款', '下载 CSV', '记录时间'],
    ['en', TITLE.en, 'Fine', 'Download CSV', 'Recorded at'],
  ] as const)(
    '%s: the fine, the totals chart, the CSV and the analytics heatmap',
    async (language, process, kind, csv, heading) => {
      const session = await loginAs(browser, 'auditor', { language });
      sessions.push(session);
      const { page } = session;
      const name = language === 'en' ? staffName.en : staffName.zh;
      expect(name).not.toBe('staff');

      await page.goto(`/audit/ledger?from=${TODAY}&to=${TODAY}&kind=fine`);
      const row = page.locator('[data-testid=ledger-entries] .ant-table-row', { hasText: BUSINESS_KEY });
      await row.waitFor();
      const text = await row.innerText();
      expect(text).toContain('¥20.00');
      expect(text).toContain(name);
      expect(text).toContain(kind);
      expect(text).toContain(process);
      const total = page.locator('[data-testid=ledger-totals] .ant-table-row', { hasText: name });
      await total.waitFor();
      expect(await total.innerText()).toMatch(/¥\d{1,3}(,\d{3})*\.\d{2}/);
      await page.locator('[data-testid=ledger-chart] canvas').waitFor();
      await screenshot(page, `audit-ledger-${language}`);

      const download = page.waitForEvent('download');
      await page.locator('[data-testid=ledger-csv]', { hasText: csv }).click();
      const file = await download;
      expect(file.suggestedFilename()).toBe(`ledger-${TODAY}-${TODAY}.csv`);
      const saved = await file.path();
      const body = await readFile(saved, 'utf8');
      expect(body.charCodeAt(0)).toBe(0xfeff);
      expect(body.slice(1).split('\r\n')[0].startsWith(heading)).toBe(true);
      const line = body.split('\r\n').find((l) => l.includes(instance.id));
      expect(line).toContain(',20.00,');
      expect(line).toContain(name);

      // The version's analytics: the review step's stay has ended (the manager acted), so it carries heat.
      await page.goto(`/audit/analytics/${KEY}/${instance.version}`);
      await page.locator('[data-testid=analytics-table] .ant-table-row').first().waitFor();
      const heat = page.locator('[data-testid=state-diagram] [data-testid=heat-badge]').first();
      await heat.waitFor();
      await screenshot(page, `audit-analytics-${language}`);
    },
  );

  it('zh-CN: the leader, who heads 业务拓展部, reads it as 部门台账 from the menu and opens the instance', async () => {
    const session = await loginAs(browser, 'leader', { language: 'zh-CN' });
    sessions.push(session);
    const { page } = session;
    await page.locator('.ant-menu-item', { hasText: '部门台账' }).click();
    await page.waitForURL(/\/ledger/);
    await page.getByText('仅含您负责的部门及其下级部门。').waitFor();
    await page.goto(`/ledger?from=${TODAY}&to=${TODAY}&kind=fine`);
    const row = page.locator('[data-testid=ledger-entries] .ant-table-row', { hasText: BUSINESS_KEY });
    await row.waitFor();
    expect(await row.innerText()).toContain(staffName.zh);
    await screenshot(page, 'department-ledger-zh-CN');
    // A head is no auditor: the entry opens the instance page, not the audit view.
    await row.getByRole('link').click();
    await page.waitForURL(new RegExp(`/instances/${instance.id}$`));
  });
});
