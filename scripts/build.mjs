// `node scripts/build.mjs` builds only what is stale: each target (api, web) is rebuilt when the
// hash of its inputs differs from the one its last successful build wrote to dist/.build-stamp.json,
// or its output is missing. `--force` rebuilds everything. Exits non-zero if a build fails.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_TARGETS, hashInputs } from './build-inputs.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stampFile = join(root, 'dist/.build-stamp.json');
const force = process.argv.includes('--force');
const only = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));

function readStamp() {
  try {
    return JSON.parse(readFileSync(stampFile, 'utf8'));
  } catch {
    return {};
  }
}

const stamp = readStamp();
for (const [name, target] of Object.entries(BUILD_TARGETS)) {
  if (only.length > 0 && !only.includes(name)) continue;
  const hash = hashInputs(root, target.inputs);
  if (!force && stamp[name] === hash && existsSync(join(root, target.output))) {
    console.log(`build: ${name} is current`);
    continue;
  }
  console.log(`build: ${name} ${force ? '(forced)' : 'changed'}, running npm run ${target.script}`);
  const result = spawnSync('npm', ['run', '--silent', target.script], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  stamp[name] = hash;
  mkdirSync(dirname(stampFile), { recursive: true });
  writeFileSync(stampFile, JSON.stringify(stamp, null, 2) + '\n');
}
