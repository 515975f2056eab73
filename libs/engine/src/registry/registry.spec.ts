import { createRegistry } from './create-registry';
import { describeRegistry } from './describe-registry';
import type { GuardEntry } from './registry.types';
import { standardRegistry } from './standard-registry';

const always: GuardEntry = {
  name: 'always',
  title: { zh: '总是', en: 'Always' },
  params: { type: 'object' },
  evaluate: () => true,
};
const eqOverride: GuardEntry = { ...always, name: 'eq' };

describe('createRegistry', () => {
  it('merges parts, later entries replacing earlier ones, without touching the parts', () => {
    const merged = createRegistry(standardRegistry, { guards: { always, eq: eqOverride } }, {});
    expect(merged.guards.always).toBe(always);
    expect(merged.guards.eq).toBe(eqOverride);
    expect(merged.actions.notify).toBe(standardRegistry.actions.notify);
    expect(standardRegistry.guards.eq).not.toBe(eqOverride);
  });
});

describe('describeRegistry', () => {
  it('lists {name, title, params} sorted by name, without implementations', () => {
    const description = describeRegistry(createRegistry({ guards: { zeta: { ...always, name: 'zeta' }, always } }));
    expect(description).toEqual({
      guards: [
        { name: 'always', title: { zh: '总是', en: 'Always' }, params: { type: 'object' } },
        { name: 'zeta', title: { zh: '总是', en: 'Always' }, params: { type: 'object' } },
      ],
      actions: [],
      delays: [],
      approvers: [],
    });
  });

  it('describes every standard entry with a bilingual title and a JSON-serialisable params schema', () => {
    const d = describeRegistry(standardRegistry);
    expect(d.guards.map((g) => g.name)).toEqual(Object.keys(standardRegistry.guards).sort());
    expect(d.actions.map((g) => g.name)).toEqual(Object.keys(standardRegistry.actions).sort());
    expect(d.approvers?.map((g) => g.name)).toEqual(['byAmount']);
    for (const item of [...d.guards, ...d.actions, ...d.delays, ...(d.approvers ?? [])]) {
      expect(JSON.parse(JSON.stringify(item))).toEqual(item);
      expect(item.title.zh.length * item.title.en.length).toBeGreaterThan(0);
    }
  });
});
