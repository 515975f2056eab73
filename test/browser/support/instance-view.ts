// Reading where an instance stands, as its pages show it.
import type { Page } from 'playwright-core';

/** On a task page: the instance id behind the header's process link. */
export async function instanceIdOfTaskPage(page: Page): Promise<string> {
  const href = await page.locator('a[href^="/instances/"]').first().getAttribute('href');
  const id = href?.split('/').pop();
  if (!id) throw new Error('the task page has no link to its instance');
  return id;
}

/**
 * Opens the instance page and waits until its summary shows every one of `texts` (titles come
 * from the definition, which loads after the instance); returns the summary's text.
 */
export async function instanceSummaryShowing(page: Page, instanceId: string, texts: string[]): Promise<string> {
  await page.goto(`/instances/${instanceId}`);
  let summary = page.locator('.ant-descriptions').first();
  for (const text of texts) summary = summary.filter({ hasText: text });
  await summary.waitFor();
  return summary.innerText();
}
