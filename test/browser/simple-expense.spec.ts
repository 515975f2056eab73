// A copy of the shipped entertainment expense opens in simple mode: 是否用酒 as a condition, 核销 as a
// 限期督办 (the claim line beside the settlement deadline) in words; the owner renames the follow-up task
// and publishes, and the new version is the copy with only that name changed. A copy under its own key,
// so the designer test's versions of the shipped one are left alone. Once in zh-CN, once in en.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { apiAs, publishAsOwner } from './support/api';
import { screenshot } from './support/artifacts';
import { launchBrowser } from './support/browser';
import { expectNoProblems, publishDraft } from './support/designer-flow';
import { REPO_ROOT } from './support/server-process';
import { loginAs, type UserSession } from './support/session';

const LANGUAGES = [
  {
    language: 'zh-CN' as const,
    summary: '期限内办完即继续；逾期由发起人的主管督办',
    line: '报销与财务审核',
    renamed: { zh: '逾期督促核销', en: 'Chase the late claim' },
  },
  {
    language: 'en' as const,
    summary: "Goes on once done in time; when overdue, the starter's manager follows up",
    line: 'Claim and finance check',
    renamed: { zh: '督促逾期核销', en: 'Chase the overdue claim' },
  },
];

type Spec = { id: string; states: Record<string, Record<string, unknown>> } & Record<string, unknown>;
const JARGON = ['settlementDeadline', 'FOLLOW_UP', 'context.', 'starter.manager', 'followedUp', 'reimbursement'];

describe.each(LANGUAGES)('the entertainment expense in simple mode ($language)', (l) => {
  let browser: Browser;
  let owner: UserSession;
  const key = `simple-expense-copy-${l.language === 'en' ? 'en' : 'zh'}-${Date.now().toString(36)}`;
  // The shipped definition under another key: its own id in the one target that names it.
  const copy = JSON.parse(
    readFileSync(join(REPO_ROOT, 'workflows/entertainment-expense/definition.json'), 'utf8').replaceAll(
      'entertainment-expense',
      key,
    ),
  ) as Spec;

  beforeAll(async () => {
    await publishAsOwner(key, copy);
    browser = await launchBrowser();
    owner = await loginAs(browser, 'owner', { language: l.language });
  });
  afterAll(async () => {
    await owner?.context.close();
    await browser?.close();
  });

  it('shows 是否用酒 and 限期督办 in words, renames the follow-up task, and publishes nothing else changed', async () => {
    const { page } = owner;
    await page.goto(`/designer/${key}?mode=simple`);
    const watch = page.locator('[data-testid=simple-node-settlement]');
    await watch.waitFor();
    expect(await page.locator('[data-testid=simple-misfit]').count()).toBe(0);
    await page.locator('[data-testid=simple-node-alcoholCheck]').waitFor();
    expect(await watch.innerText()).toContain(l.summary);
    expect(await page.locator('[data-testid=simple-branch-settlement-0]').innerText()).toContain(l.line);
    for (const word of JARGON) expect(await watch.innerText()).not.toContain(word);

    await watch.click();
    const panel = page.locator('[data-testid=simple-watch-panel]');
    await panel.waitFor();
    for (const word of JARGON) expect(await panel.innerText()).not.toContain(word);
    await screenshot(page, `simple-expense-watch-${l.language}`);
    await panel.locator('[data-testid=simple-watch-follow-up-zh]').fill(l.renamed.zh);
    await panel.locator('[data-testid=simple-watch-follow-up-en]').fill(l.renamed.en);

    await expectNoProblems(page);
    await publishDraft(page, 2);

    const owners = await apiAs('owner');
    const published = await owners<{ spec: Spec }>('GET', `/api/definitions/${key}/versions/2`);
    const deadline = (published.spec.states.settlement as { states: Record<string, { states: Spec['states'] }> }).states
      .deadline.states;
    expect(deadline.overdue.meta).toMatchObject({ title: l.renamed, task: { title: l.renamed } });
    // Put the two names back: what remains is the shipped flow exactly.
    const shippedDeadline = (copy.states.settlement as { states: Record<string, { states: Spec['states'] }> }).states
      .deadline.states;
    deadline.overdue.meta = shippedDeadline.overdue.meta;
    expect(published.spec).toEqual(copy);
  });
});
