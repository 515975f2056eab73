import { validateDefinition } from '@liucheng/engine';
import { workflowRegistry } from '../registry/workflow-registry';
import { contextFieldsWritten, schemaFieldNames } from './context-writes';
import { listWorkflows } from './list-workflows';
import { loadDefinition } from './load-definition';

// These two get their titles in another change.
const NOT_YET_TITLED = new Set(['entertainment-expense', 'weekly-report']);

type FieldTitles = Record<string, { zh?: unknown; en?: unknown }>;

function fieldTitles(key: string): FieldTitles {
  return ((loadDefinition(key).meta as { fields?: FieldTitles }).fields ?? {}) as FieldTitles;
}

const titledWorkflows = listWorkflows().filter((key) => !NOT_YET_TITLED.has(key));

describe('meta.fields: titles of the context fields readers see', () => {
  it.each(titledWorkflows)('%s titles some of its gathered data', (key) => {
    expect(Object.keys(fieldTitles(key)).length).toBeGreaterThan(0);
  });

  it.each(listWorkflows())('%s titles only fields it holds, which no schema already titles', (key) => {
    const spec = loadDefinition(key);
    const held = contextFieldsWritten(spec);
    const named = schemaFieldNames(spec);
    const titled = Object.keys(fieldTitles(key));
    expect(titled.filter((name) => !held.has(name))).toEqual([]);
    expect(titled.filter((name) => named.has(name))).toEqual([]);
  });

  it.each(listWorkflows())('%s gives every title in zh and en, and stays valid', (key) => {
    const untranslated = Object.entries(fieldTitles(key))
      .filter(([, title]) => !isText(title.zh) || !isText(title.en) || !/\p{Script=Han}/u.test(title.zh as string))
      .map(([name]) => name);
    expect(untranslated).toEqual([]);
    expect(validateDefinition(loadDefinition(key), workflowRegistry).errors).toEqual([]);
  });
});

function isText(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '';
}
