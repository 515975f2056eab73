import { makeSpec } from '../__fixtures__/spec-builder.fixture';
import { standardRegistry } from '../registry/standard-registry';
import { validateDefinition } from './validate-definition';

describe('validateDefinition: meta.fields (titles of context fields no schema names)', () => {
  const codes = (fields: unknown) => {
    const spec = makeSpec({ a: { on: { GO: 'b' } }, b: { type: 'final' } });
    return validateDefinition({ ...spec, meta: { ...spec.meta, fields } }, standardRegistry).errors.map(
      (p) => `${p.path} ${p.code}`,
    );
  };

  it('accepts titles in both languages', () => {
    expect(codes({ overdue: { zh: '已逾期', en: 'Overdue' }, returnCount: { zh: '退回次数', en: 'Returns' } })).toEqual(
      [],
    );
  });

  it('names a bad map, a bad field name and a missing language', () => {
    expect(codes(['overdue'])).toEqual(['meta.fields invalid-field-titles']);
    expect(codes({ 'a.b': { zh: '甲', en: 'A' }, late: { zh: '迟交' } })).toEqual([
      'meta.fields.a.b invalid-field-titles',
      'meta.fields.late.en empty-text',
    ]);
  });
});
