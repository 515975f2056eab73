import { describeRegistry, standardRegistry } from '@liucheng/engine';
import { domainRegistry } from './domain-registry';
import { createWorkflowRegistry } from './workflow-registry';

describe('domain registry', () => {
  it('exports the named domain actions, each with a bilingual title and an object params schema', () => {
    const actions = domainRegistry.actions ?? {};
    expect(Object.keys(actions).sort()).toEqual(['assessmentTally', 'businessFee', 'distinctCount', 'profitMargin']);
    for (const [name, entry] of Object.entries(actions)) {
      expect(entry.name).toBe(name);
      expect(entry.kind).toBe('assign');
      expect(entry.title.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(entry.title.en).toMatch(/[A-Za-z]/);
      expect(entry.description?.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(entry.params).toMatchObject({ type: 'object', additionalProperties: false });
    }
  });

  it('exports the named domain guards, each with a bilingual title and an object params schema', () => {
    const guards = domainRegistry.guards ?? {};
    expect(Object.keys(guards).sort()).toEqual(['listIncludes', 'notAfterToday']);
    for (const [name, entry] of Object.entries(guards)) {
      expect(entry.name).toBe(name);
      expect(entry.title.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(entry.title.en).toMatch(/[A-Za-z]/);
      expect(entry.description?.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(entry.params).toMatchObject({ type: 'object', additionalProperties: false });
    }
  });

  it('joins the standard library in the workflow registry, which describes them for the designer', () => {
    const registry = createWorkflowRegistry();
    for (const section of ['guards', 'actions', 'delays'] as const) {
      const expected = [...Object.keys(standardRegistry[section]), ...Object.keys(domainRegistry[section] ?? {})];
      expect(Object.keys(registry[section]).sort()).toEqual(expected.sort());
    }
    const described = describeRegistry(registry).actions.map((a) => a.name);
    expect(described).toEqual(expect.arrayContaining(['assessmentTally', 'businessFee', 'profitMargin', 'assign']));
  });

  it('lets a caller replace an entry without touching the shared parts', () => {
    const replaced = { ...standardRegistry.actions.assign, name: 'businessFee' };
    const registry = createWorkflowRegistry({ actions: { businessFee: replaced } });
    expect(registry.actions.businessFee).toBe(replaced);
    expect(domainRegistry.actions?.businessFee).not.toBe(replaced);
  });
});
