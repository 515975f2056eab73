// The shipped 市场信息收集 opens in simple mode: 核实 shows its cases on the verifier's answers and
// 补充信息 in words (never an event, field path or action), the owner renames the answer task and
// publishes, and the new version keeps every branch and action exactly. Once in zh-CN, once in en.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { apiAs } from './support/api';
import { screenshot } from './support/artifacts';
import { launchBrowser } from './support/browser';
import { expectNoProblems, publishDraft } from './support/designer-flow';
import { REPO_ROOT } from './support/server-process';
import { loginAs, type UserSession } from './support/session';

const LANGUAGES = [
  {
    language: 'zh-CN' as const,
    firstCase: '若 信息属实 等于 是，且 已进入招标流程 等于 否 → 继续，结束于「属实，已加分」',
    otherwise: '其他情况 → 结束于「已进入招标流程，不加分」',
    askLine: '可要求发起人补充信息',
    isTrue: '信息属实',
    renamed: { zh: '补充线索信息', en: 'Adding lead information' },
  },
  {
    language: 'en' as const,
    firstCase:
      'If Lead is true equals Yes and Already in tendering equals No → Go on and end as "Verified, points credited"',
    otherwise: 'Otherwise → End as "Already in tendering, no points"',
    askLine: 'May ask the starter for more information',
    isTrue: 'Lead is true',
    renamed: { zh: '补充市场信息', en: 'Adding market information' },
  },
];

type Spec = {
  meta: { events: Record<string, unknown> };
  states: Record<string, { on?: Record<string, unknown>; meta?: Record<string, unknown> }>;
};
const shipped = JSON.parse(readFileSync(join(REPO_ROOT, 'workflows/lead-report/definition.json'), 'utf8')) as Spec;
const JARGON = ['VERIFY', 'REQUEST_INFO', 'SUPPLEMENT', 'isTrue', 'inTendering', 'event.data', 'context.', 'append'];

async function latestVersion(): Promise<number> {
  const owner = await apiAs('owner');
  const list = await owner<Array<{ key: string; latestVersion: number | null }>>('GET', '/api/definitions');
  return list.find((d) => d.key === 'lead-report')?.latestVersion ?? 0;
}

async function expectNoJargon(page: Page, selector: string): Promise<void> {
  const text = await page.locator(selector).innerText();
  for (const word of JARGON) expect(text).not.toContain(word);
}

describe.each(LANGUAGES)('the lead report in simple mode ($language)', (l) => {
  let browser: Browser;
  let owner: UserSession;

  beforeAll(async () => {
    browser = await launchBrowser();
    owner = await loginAs(browser, 'owner', { language: l.language });
  });
  afterAll(async () => {
    await owner?.context.close();
    await browser?.close();
  });

  it('shows 核实 branching on its answers and 补充信息, renames the answer task, and publishes it unchanged otherwise', async () => {
    const { page } = owner;
    const before = await latestVersion();
    await page.goto('/designer/lead-report?mode=simple');
    const card = page.locator('[data-testid=simple-node-verification]');
    await card.waitFor();
    expect(await page.locator('[data-testid=simple-misfit]').count()).toBe(0);
    expect(await page.locator('[data-testid=simple-answer-line-verification-0]').innerText()).toBe(l.firstCase);
    expect(await page.locator('[data-testid=simple-answer-line-verification-2]').innerText()).toBe(l.otherwise);
    expect(await page.locator('[data-testid=simple-answer-line-verification-3]').innerText()).toBe(l.askLine);
    await expectNoJargon(page, '[data-testid=simple-node-verification]');

    await card.click();
    const panel = page.locator('[data-testid=simple-handler-panel]');
    await panel.locator('[data-testid=simple-answer-0]').waitFor();
    // The cases name the answers by their titles in the verifier's form.
    expect(await panel.locator('[data-testid=simple-answer-0-condition-field-0]').innerText()).toContain(l.isTrue);
    expect(await panel.locator('[data-testid=simple-answer-1]').count()).toBe(1);
    expect(await panel.locator('[data-testid=simple-ask-info]').getAttribute('aria-checked')).toBe('true');
    await expectNoJargon(page, '[data-testid=simple-handler-panel]');
    await screenshot(page, `simple-lead-report-${l.language}`);

    // A case added and removed again leaves the flow as it was.
    await panel.locator('[data-testid=simple-add-answer-case]').click();
    await panel.locator('[data-testid=simple-answer-2]').waitFor();
    await page.locator('[data-testid=simple-answer-line-verification-4]').waitFor();
    await panel.locator('[data-testid=simple-answer-remove-2]').click();
    await page.locator('[data-testid=simple-answer-line-verification-4]').waitFor({ state: 'detached' });

    const settings = panel.locator('[data-testid=simple-ask-info-settings]');
    await settings.locator('[data-testid=simple-ask-info-name-zh]').fill(l.renamed.zh);
    await settings.locator('[data-testid=simple-ask-info-name-en]').fill(l.renamed.en);

    await expectNoProblems(page);
    await publishDraft(page, before + 1);

    const owners = await apiAs('owner');
    const published = await owners<{ spec: Spec }>('GET', `/api/definitions/lead-report/versions/${before + 1}`);
    const { states } = published.spec;
    // The answer task is renamed, step name and task title together ...
    expect(states.supplementing.meta).toMatchObject({ title: l.renamed, task: { title: l.renamed } });
    // ... and every branch, guard, target and kept action is as shipped.
    expect(states.verification.on).toEqual(shipped.states.verification.on);
    expect(states.supplementing.on).toEqual(shipped.states.supplementing.on);
    expect(Object.keys(states)).toEqual(Object.keys(shipped.states));
    // The verifier's form (yes/no answers the cases test) is not rewritten by opening it.
    expect(published.spec.meta.events).toEqual(shipped.meta.events);
  });
});
