import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { BUILD_TARGETS, hashInputs } from './build-inputs.mjs';

/** A throw-away tree with the files the api build reads. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'build-inputs-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const FILES = {
  'package.json': '{}',
  'package-lock.json': '{"lockfileVersion":3}',
  '.swcrc': '{}',
  'apps/api/src/main.ts': 'main();',
  'apps/api/src/main.spec.ts': 'it();',
  'libs/engine/src/index.ts': 'export {};',
  'workflows/project-pre-evaluation/business-fee.action.ts': 'export const fee = 1;',
  'workflows/project-pre-evaluation/definition.json': '{"id":"project-pre-evaluation"}',
  'workflows/project-pre-evaluation/project-pre-evaluation.scenarios.ts': 'export const s = [];',
  'workflows/testing/run-scenario.ts': 'export {};',
};
const api = BUILD_TARGETS.api.inputs;

describe('hashInputs (is the api build current?)', () => {
  let root: string;
  let before: string;
  beforeEach(() => {
    root = tree(FILES);
    before = hashInputs(root, api);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('is the same for the same content, whatever the mtimes', () => {
    utimesSync(join(root, 'apps/api/src/main.ts'), new Date(2030, 0, 1), new Date(2030, 0, 1));
    expect(hashInputs(root, api)).toBe(before);
  });

  it.each([
    ['a source file', 'apps/api/src/main.ts'],
    ['a library source', 'libs/engine/src/index.ts'],
    ["a workflow's registry entry", 'workflows/project-pre-evaluation/business-fee.action.ts'],
    ['the lock file', 'package-lock.json'],
    ['the swc config', '.swcrc'],
  ])('changes when %s changes', (_what, file) => {
    writeFileSync(join(root, file), 'changed');
    expect(hashInputs(root, api)).not.toBe(before);
  });

  it('changes when a source file is added or renamed', () => {
    writeFileSync(join(root, 'apps/api/src/extra.ts'), 'main();');
    const added = hashInputs(root, api);
    expect(added).not.toBe(before);
    rmSync(join(root, 'apps/api/src/extra.ts'));
    writeFileSync(join(root, 'apps/api/src/other.ts'), 'main();');
    expect(hashInputs(root, api)).not.toBe(added);
  });

  it.each([
    ['a spec', 'apps/api/src/main.spec.ts'],
    ['a definition.json (read at run time)', 'workflows/project-pre-evaluation/definition.json'],
    ['a scenario', 'workflows/project-pre-evaluation/project-pre-evaluation.scenarios.ts'],
    ['the workflow test harness', 'workflows/testing/run-scenario.ts'],
  ])('ignores %s', (_what, file) => {
    writeFileSync(join(root, file), 'changed');
    expect(hashInputs(root, api)).toBe(before);
  });
});
