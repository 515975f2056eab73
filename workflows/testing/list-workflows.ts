import { existsSync, readdirSync } from 'fs';
import { join } from 'path';
import { WORKFLOWS_ROOT } from './load-definition';

/** Keys of every `workflows/<key>/` folder that holds a `definition.json`, sorted. */
export function listWorkflows(root: string = WORKFLOWS_ROOT): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'definition.json')))
    .map((entry) => entry.name)
    .sort();
}
