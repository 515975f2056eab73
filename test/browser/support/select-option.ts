// Picking an option in an antd Select. Under load a click can land while the dropdown is still
// opening or re-rendering after a search and be lost, so the pick is checked (the dropdown closed,
// the select shows the label) and tried again, instead of assuming one click took.
import type { Locator, Page } from 'playwright-core';

const OPEN_DROPDOWN = '.ant-select-dropdown:not(.ant-select-dropdown-hidden)';
const ATTEMPTS = 4;

/** The `.ant-select` around the input `#id` (antd puts the field's id on its search input). */
export function selectById(scope: Page | Locator, id: string): Locator {
  // `has` is matched inside each `.ant-select`, so it is built from the page, not from `scope`.
  const page = 'keyboard' in scope ? scope : scope.page();
  return scope.locator('.ant-select').filter({ has: page.locator(`#${id}`) });
}

/** Opens `select`, types `search` if given, and picks the first option whose text contains `label`. */
export async function pickOption(page: Page, select: Locator, label: string, search?: string): Promise<void> {
  const dropdown = page.locator(OPEN_DROPDOWN);
  const option = dropdown.locator('.ant-select-item-option', { hasText: label });
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    if ((await dropdown.count()) === 0) await select.click();
    if (search !== undefined) await select.locator('input').fill(search);
    await option.first().waitFor();
    await option.first().click();
    if (await settles(page, select, label)) return;
  }
  throw new Error(`the select did not take the option "${label}" in ${ATTEMPTS} attempts`);
}

/**
 * Polls for up to 3 s until the select shows `label` and every dropdown is closed. A multiple
 * select keeps its dropdown open after a pick: it is closed by leaving the field once the tag
 * shows (not Escape, which would also close a modal around it).
 */
async function settles(page: Page, select: Locator, label: string): Promise<boolean> {
  const multiple = ((await select.getAttribute('class')) ?? '').includes('ant-select-multiple');
  for (let waited = 0; waited < 3_000; waited += 100) {
    if ((await select.innerText()).includes(label)) {
      if (multiple && (await page.locator(OPEN_DROPDOWN).count()) > 0)
        await select.locator('input').evaluate((input) => (input as HTMLElement).blur());
      else if ((await page.locator(OPEN_DROPDOWN).count()) === 0) return true;
    }
    await page.waitForTimeout(100);
  }
  return false;
}
