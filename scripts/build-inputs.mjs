// What each build output is made from, and one content hash over it. A source, config or lock
// file change (not a test file) changes the hash; mtimes are not trusted (checkouts touch them).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SHARED = ['package.json', 'package-lock.json', 'tsconfig.base.json'];
/** The workflows' code (domain registry entries); definition.json files are read at run time, not built. */
const WORKFLOW_CODE = { path: 'workflows', only: /\.ts$/, skip: ['testing'] };

/** Per target: the folders and files read by its build, relative to the repository root. */
export const BUILD_TARGETS = {
  api: {
    script: 'build:api',
    output: 'dist/apps/api/src/main.js',
    inputs: [...SHARED, '.swcrc', 'apps/api/src', 'libs', WORKFLOW_CODE],
  },
  web: {
    script: 'build:web',
    output: 'dist/web/index.html',
    inputs: [...SHARED, 'apps/web', 'libs/engine/src', 'libs/contracts/src', WORKFLOW_CODE],
  },
};

const SKIPPED_DIRS = ['node_modules', 'dist', '.data'];
/** Tests and scenarios are not part of any build. */
export const isTestFile = (name) => /\.(spec|test|scenarios)\.tsx?$/.test(name);

function listFiles(root, entry, only, skip) {
  const path = join(root, entry);
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return only && !only.test(entry) ? [] : [entry];
  const files = [];
  for (const name of readdirSync(path).sort()) {
    if (skip.includes(name) || isTestFile(name)) continue;
    files.push(...listFiles(root, join(entry, name), only, skip));
  }
  return files;
}

/** An input is a path (file or folder) or `{path, only, skip}` to keep some files of a folder. */
function filesOf(root, input) {
  if (typeof input === 'string') return listFiles(root, input, undefined, SKIPPED_DIRS);
  return listFiles(root, input.path, input.only, [...SKIPPED_DIRS, ...(input.skip ?? [])]);
}

/** sha256 over every input file's path and content, in a stable order. */
export function hashInputs(root, inputs) {
  const hash = createHash('sha256');
  const files = [...new Set(inputs.flatMap((input) => filesOf(root, input)))].sort();
  for (const file of files) {
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(root, file)))
      .update('\0');
  }
  return hash.digest('hex');
}
