// Loads libs/engine compiled by the repository's swc set-up into a folder under dist/ (removed
// again by `cleanup`): the benches time the engine itself, with no database, server or Jest.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export function loadEngine(prefix = 'engine-bench-') {
  mkdirSync(path.join(ROOT, 'dist'), { recursive: true });
  // Under the repository, so the engine's own dependencies resolve from node_modules.
  const out = mkdtempSync(path.join(ROOT, 'dist', prefix));
  const swc = spawnSync(
    path.join(ROOT, 'node_modules/.bin/swc'),
    ['libs/engine/src', '--config-file', '.swcrc', '-d', out, '--ignore', '**/*.spec.ts', '--quiet'],
    { cwd: ROOT, stdio: 'inherit' },
  );
  if (swc.status !== 0) throw new Error('swc failed to compile libs/engine');
  const require = createRequire(path.join(ROOT, 'package.json'));
  return {
    engine: require(path.join(out, 'libs/engine/src/index.js')),
    cleanup: () => rmSync(out, { recursive: true }),
  };
}
