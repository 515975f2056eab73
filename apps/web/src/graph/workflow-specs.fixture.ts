// Reads every workflows/<key>/definition.json for the graph tests (test-only; uses node:fs).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { WorkflowSpec } from '@liucheng/engine';

const WORKFLOWS_DIR = join(__dirname, '../../../../workflows');

/** `[key, json text, parsed spec]` for each published workflow definition, sorted by key. */
export function workflowDefinitions(): Array<[string, string, WorkflowSpec]> {
  return readdirSync(WORKFLOWS_DIR)
    .filter((key) => existsSync(join(WORKFLOWS_DIR, key, 'definition.json')))
    .sort()
    .map((key) => {
      const text = readFileSync(join(WORKFLOWS_DIR, key, 'definition.json'), 'utf8');
      return [key, text, JSON.parse(text) as WorkflowSpec];
    });
}
