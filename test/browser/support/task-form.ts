// Filling a task form (rjsf: inputs are #root_<field>) and completing it with an outcome button.
import type { Locator, Page } from 'playwright-core';
import { pickOption, selectById } from './select-option';

/** A value to enter: typed text or number, a ticked box, a picked option or date. */
export type FieldValue = string | number | boolean | { select: string } | { date: string };

/** Fills the task form's fields. */
export function fillTaskForm(page: Page, values: Record<string, FieldValue>): Promise<void> {
  return fillFields(page, page.locator('[data-testid=task-form]'), values);
}

/** Fills rjsf fields (`#root_<name>`) inside `scope`: text typed, boxes ticked, options and dates picked. */
export async function fillFields(page: Page, scope: Locator, values: Record<string, FieldValue>): Promise<void> {
  for (const [name, value] of Object.entries(values)) {
    const input = scope.locator(`#root_${name}`);
    if (typeof value === 'boolean') {
      if ((await input.isChecked()) !== value) await input.click();
    } else if (typeof value === 'object' && 'select' in value) {
      // `has` is matched inside each `.ant-select`: a locator built from `scope` never matches there.
      await pickOption(page, selectById(scope, `root_${name}`), value.select);
    } else if (typeof value === 'object' && 'date' in value) {
      await input.click();
      await input.fill(value.date);
      await input.press('Enter');
    } else {
      await input.fill(String(value));
    }
  }
}

/** Presses the outcome's button and waits for the app to return to the inbox. */
export async function completeWith(page: Page, outcome: string): Promise<void> {
  await page.locator(`[data-outcome="${outcome}"]`).click();
  await page.waitForURL((url) => url.pathname === '/tasks');
  await page.locator('.ant-message-success').first().waitFor();
}

/** Presses the outcome's button expecting the form to refuse; returns the field errors shown. */
export async function refusedErrors(page: Page, outcome: string): Promise<string[]> {
  await page.locator(`[data-outcome="${outcome}"]`).click();
  const errors = page.locator('[data-testid=task-form] .ant-form-item-explain-error');
  await errors.first().waitFor();
  return errors.allInnerTexts();
}
