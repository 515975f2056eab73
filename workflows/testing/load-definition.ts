import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import type { WorkflowSpec } from '@liucheng/engine';
import type { Scenario } from './scenario.types';

/** The folder that holds one sub-folder per workflow (`workflows/`). */
export const WORKFLOWS_ROOT = join(__dirname, '..');

/** Path of `workflows/<key>/definition.json`. */
export function definitionPath(key: string): string {
  return join(WORKFLOWS_ROOT, key, 'definition.json');
}

/**
 * Reads and parses `workflows/<key>/definition.json`.
 * @example const spec = loadDefinition('entertainment-expense');
 */
export function loadDefinition(key: string): WorkflowSpec {
  const file = definitionPath(key);
  if (!existsSync(file)) throw new Error(`No definition for workflow "${key}" at ${file}`);
  return JSON.parse(readFileSync(file, 'utf8')) as WorkflowSpec;
}

/**
 * Loads the `scenarios` export of `workflows/<key>/<key>.scenarios.ts` (by folder convention,
 * so a new workflow folder is picked up without editing a list). Empty when the file is missing.
 */
export function loadScenarios(key: string): Scenario[] {
  const file = join(WORKFLOWS_ROOT, key, `${key}.scenarios.ts`);
  if (!existsSync(file)) return [];
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(file) as { scenarios?: Scenario[] };
  return mod.scenarios ?? [];
}
