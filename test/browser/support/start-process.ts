// Starting a process from the catalogue (the start form is rjsf in a modal: inputs are #root_<field>).
import type { Page } from 'playwright-core';
import { fillFields, type FieldValue } from './task-form';

export interface StartResult {
  instanceId?: string;
  taskId?: string;
}

/** Opens the catalogue, starts `title`'s process with `input`, and reports where the app went. */
export async function startProcess(page: Page, title: string, input: Record<string, FieldValue>): Promise<StartResult> {
  await page.goto('/processes');
  await page.locator('.ant-card', { hasText: title }).locator('button.ant-btn-primary').click();
  const modal = page.locator('.ant-modal');
  await modal.locator('form').waitFor();
  await fillFields(page, modal, input);
  await modal.locator('.ant-modal-footer button.ant-btn-primary').click();
  await page.waitForURL(/\/(instances|tasks)\/[0-9a-f-]{36}$/);
  const [, kind, id] = /\/(instances|tasks)\/([0-9a-f-]{36})$/.exec(new URL(page.url()).pathname) ?? [];
  return kind === 'tasks' ? { taskId: id } : { instanceId: id };
}

/** The titles of the catalogue cards the user sees. */
export async function catalogueTitles(page: Page): Promise<string[]> {
  await page.goto('/processes');
  await page.locator(':is(.ant-card, .ant-empty)').first().waitFor();
  return page.locator('.ant-card .ant-typography h5, .ant-card h5').allInnerTexts();
}
