// Screenshots kept as test artefacts (test-artifacts/browser/, gitignored).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS_DIR } from './server-process';

/** Saves a full-page screenshot as test-artifacts/browser/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${name}.png`);
  // Let antd's entrance animations finish so the picture shows the settled page.
  await page.waitForTimeout(300);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * Waits until the task or instance page's state diagram has drawn its nodes (its layout runs
 * after load); on a phone, where it is collapsed behind a toggle, opens it first.
 */
export async function waitForDiagram(page: Page): Promise<void> {
  const nodes = page.locator('[data-testid=state-diagram] .react-flow__node').first();
  const toggle = page.locator('[data-testid=diagram-toggle][aria-expanded=false]');
  await nodes.or(toggle).first().waitFor();
  if (await toggle.isVisible()) await toggle.click();
  await nodes.waitFor();
}

/** The diagram nodes drawn as active (the graph's green highlight), by their state id. */
export async function activeDiagramNodes(page: Page): Promise<string[]> {
  await waitForDiagram(page);
  return page
    .locator('[data-testid=state-diagram] .react-flow__node')
    .evaluateAll((nodes) =>
      nodes
        .filter((node) =>
          [node, ...node.querySelectorAll('*')].some(
            (element) => getComputedStyle(element).backgroundColor === 'rgb(246, 255, 237)',
          ),
        )
        .map((node) => node.getAttribute('data-id') ?? ''),
    );
}
