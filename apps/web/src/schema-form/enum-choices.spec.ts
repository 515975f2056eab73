import { enumChoices } from './enum-choices';

const raw = (values: unknown[]) => values.map((value) => ({ value, label: String(value) }));

describe('enumChoices', () => {
  it('names values by the schema’s enumNames', () => {
    const schema = { type: 'string', enum: ['city', 'county'], enumNames: ['市区', '县区'] };
    expect(enumChoices(schema, raw(schema.enum))).toEqual([
      { value: 'city', label: '市区' },
      { value: 'county', label: '县区' },
    ]);
  });

  it('reads x-enumNames too, and keeps the option label where a name is missing', () => {
    const schema = { enum: ['a', 'b'], 'x-enumNames': ['甲'] };
    expect(enumChoices(schema, raw(schema.enum)).map((choice) => choice.label)).toEqual(['甲', 'b']);
  });

  it('keeps rjsf’s labels from oneOf titles', () => {
    const schema = { oneOf: [{ const: 'catering', title: '餐饮' }] };
    expect(enumChoices(schema, [{ value: 'catering', label: '餐饮' }])).toEqual([{ value: 'catering', label: '餐饮' }]);
  });

  it('offers no empty option of its own', () => {
    const schema = { enum: ['x'] };
    expect(enumChoices(schema, raw(schema.enum))).toHaveLength(1);
  });
});
