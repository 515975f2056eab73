import { defaultRegistry } from '../default-registry';
import { describeRegistry } from '../describe-registry';
import { domainRegistry } from './index';

describe('domain registry', () => {
  it('exports the named domain actions, each with a bilingual title and an object params schema', () => {
    const actions = domainRegistry.actions ?? {};
    expect(Object.keys(actions).sort()).toEqual(['assessmentTally', 'businessFee', 'profitMargin']);
    for (const [name, entry] of Object.entries(actions)) {
      expect(entry.name).toBe(name);
      expect(entry.kind).toBe('assign');
      expect(entry.title.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(entry.title.en).toMatch(/[A-Za-z]/);
      expect(entry.description?.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(entry.params).toMatchObject({ type: 'object', additionalProperties: false });
    }
  });

  it('is merged into the default registry and described for the designer', () => {
    const described = describeRegistry(defaultRegistry).actions.map((a) => a.name);
    expect(described).toEqual(expect.arrayContaining(['assessmentTally', 'businessFee', 'profitMargin', 'assign']));
  });
});
