// What each build output is made from, and one content hash over it. A source, config or lock
// file change (not a test file) changes the hash; mtimes are not trusted (checkouts touch them).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const SHARED = ['package.json', 'package-lock.json', 'tsconfig.base.json'];

/** Per target: the folders and files read by its build, relative to the repository root. */
export const BUILD_TARGETS = {
  api: {
    script: 'build:api',
    output: 'dist/apps/api/src/main.js',
    inputs: [...SHARED, '.swcrc', 'apps/api/src', 'libs', 'workflows/registry'],
  },
  web: {
    script: 'build:web',
    output: 'dist/web/index.html',
    inputs: [...SHARED, 'apps/web', 'libs/engine/src', 'libs/contracts/src', 'workflows/registry'],
  },
};

const SKIPPED_DIRS = new Set(['node_modules', 'dist', '.data', '__fixtures__']);
const isTest = (name) => /\.(spec|test)\.tsx?$/.test(name);

function listFiles(root, entry) {
  const path = join(root, entry);
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [entry];
  const files = [];
  for (const name of readdirSync(path).sort()) {
    if (SKIPPED_DIRS.has(name) || isTest(name)) continue;
    files.push(...listFiles(root, join(entry, name)));
  }
  return files;
}

/** sha256 over every input file's path and content, in a stable order. */
export function hashInputs(root, inputs) {
  const hash = createHash('sha256');
  const files = [...new Set(inputs.flatMap((entry) => listFiles(root, entry)))].sort();
  for (const file of files) {
    hash
      .update(relative(root, join(root, file)))
      .update('\0')
      .update(readFileSync(join(root, file)))
      .update('\0');
  }
  return hash.digest('hex');
}
