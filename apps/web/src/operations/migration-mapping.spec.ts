import { identityMapping, mappingOf, targetOptions } from './migration-mapping';

const title = (zh: string, en: string) => ({ meta: { title: { zh, en } } });
const v1 = { states: { review: title('审批', 'Review'), finance: title('财务', 'Finance'), done: { type: 'final' } } };
const v2 = { states: { check: title('审核', 'Check'), finance: title('财务', 'Finance'), done: { type: 'final' } } };

describe('migration mapping', () => {
  it('prefills identity for the states both versions have and leaves the others unmapped; finals are left out', () => {
    const rows = identityMapping(v1, v2, 'zh-CN');
    expect(rows).toEqual([
      { from: 'review', fromLabel: '审批' },
      { from: 'finance', fromLabel: '财务', to: 'finance' },
    ]);
    expect(targetOptions(v2, 'en').map((o) => o.value)).toEqual(['check', 'finance']);
  });

  it('sends only the rows given a target', () => {
    expect(
      mappingOf([
        { from: 'review', fromLabel: '', to: 'check' },
        { from: 'x', fromLabel: '' },
      ]),
    ).toEqual({
      review: 'check',
    });
  });
});
