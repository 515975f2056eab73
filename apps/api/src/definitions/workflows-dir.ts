import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * `LIUCHENG_WORKFLOWS_DIR`, else `workflows/` in the nearest folder above `from` that holds a
 * package.json (works from the sources, from dist/ and from the repository root).
 */
export function findWorkflowsDir(from: string = __dirname): string | undefined {
  if (process.env.LIUCHENG_WORKFLOWS_DIR) return resolve(process.env.LIUCHENG_WORKFLOWS_DIR);
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'workflows'))) return join(dir, 'workflows');
    if (dirname(dir) === dir) return undefined;
  }
}
