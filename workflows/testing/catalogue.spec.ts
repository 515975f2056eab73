import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { validateDefinition } from '@liucheng/engine';
import { workflowRegistry } from '../registry/workflow-registry';
import { conventionProblems } from './definition-conventions';
import { listWorkflows } from './list-workflows';
import { loadDefinition, loadScenarios, WORKFLOWS_ROOT } from './load-definition';
import { isUserOnly } from './run-scenario';

/** The fifteen procedures, in the order of the catalogue's table (workflows/README.md). */
const PROCEDURE_KEYS = [
  'real-estate-expansion',
  'real-estate-filing',
  'entertainment-expense',
  'weekly-report',
  'monthly-report',
  'report-spot-check',
  'monthly-review',
  'annual-review',
  'project-pre-evaluation',
  'lead-report',
  'business-loss-accountability',
  'contract-review',
  'channel-partner',
  'soe-expansion',
  'client-development',
];

const catalogue = readFileSync(join(WORKFLOWS_ROOT, 'README.md'), 'utf8');

describe('workflow catalogue', () => {
  it('has one folder with a definition for every procedure, and no other', () => {
    expect(listWorkflows()).toEqual([...PROCEDURE_KEYS].sort());
  });

  it.each(PROCEDURE_KEYS)('%s: id is the folder key, valid, follows the conventions', (key) => {
    const spec = loadDefinition(key);
    expect(spec.id).toBe(key);
    expect(validateDefinition(spec, workflowRegistry)).toEqual({ ok: true, errors: [], warnings: [] });
    expect(conventionProblems(spec)).toEqual([]);
  });

  it.each(PROCEDURE_KEYS)('%s: has scenarios, one of them walkable by users over HTTP', (key) => {
    const scenarios = loadScenarios(key);
    expect(scenarios.length).toBeGreaterThan(0);
    expect(scenarios.some(isUserOnly)).toBe(true);
  });

  it.each(PROCEDURE_KEYS)('%s: has a README, Chinese first then English, listed in the catalogue', (key) => {
    const readme = join(WORKFLOWS_ROOT, key, 'README.md');
    expect(existsSync(readme)).toBe(true);
    const text = readFileSync(readme, 'utf8');
    const zh = text.indexOf('## 中文');
    expect(zh).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('## English')).toBeGreaterThan(zh);
    // A table row of the catalogue (prettier pads the cells) naming the key and linking its README.
    expect(catalogue).toMatch(new RegExp(`^\\| \`${key}\` +\\|.*\\]\\(${key}/README\\.md\\)`, 'm'));
  });
});
