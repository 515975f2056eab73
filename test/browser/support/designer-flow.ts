// The designer's common steps as an owner takes them: a new workflow from the approval template,
// and publishing the draft once the problems tab shows none.
import type { Page } from 'playwright-core';
import { screenshot } from './artifacts';

/** 新建流程 from the approval template; waits until the designer shows the new key. */
export async function createApprovalWorkflow(
  page: Page,
  names: { key: string; zh: string; en: string },
): Promise<void> {
  await page.goto('/designer');
  await page.locator('[data-testid=new-workflow]').click();
  await page.locator('[data-testid=new-workflow-key]').fill(names.key);
  await page.locator('[data-testid=new-workflow-zh]').fill(names.zh);
  await page.locator('[data-testid=new-workflow-en]').fill(names.en);
  await page.locator('[data-testid=new-workflow-template-approval]').click();
  await page.locator('[data-testid=new-workflow-create]').click();
  await page.waitForURL((url) => url.pathname === `/designer/${names.key}`);
}

/** Opens the problems tab and waits until it lists none. */
export async function expectNoProblems(page: Page): Promise<void> {
  await page.locator('[data-testid=problems-tab]').click();
  await page.locator('[data-testid=problems-none]').waitFor();
}

/**
 * Publishes the draft and waits until the designer is based on `version`. A refused save or
 * publish fails the test with the alert the owner sees; a publish that never ends leaves a
 * screenshot and the toolbar's state in the message.
 */
export async function publishDraft(page: Page, version: number): Promise<void> {
  await page.locator('[data-testid=publish]').click();
  await page.locator('[data-testid=publish-confirm]').click();
  const published = page.locator('[data-testid=designer-based-on]', { hasText: `v${version}` });
  const refused = page.locator('[data-testid=designer-alert]');
  try {
    await published.or(refused).first().waitFor();
  } catch (error) {
    const shot = await screenshot(page, `publish-v${version}-timeout`);
    const toolbar = await page.locator('[data-testid=designer-toolbar]').innerText();
    throw new Error(`publishing v${version} did not end (toolbar: ${toolbar}; ${shot}): ${String(error)}`);
  }
  if (await refused.isVisible()) throw new Error(`publishing v${version} was refused: ${await refused.innerText()}`);
}
