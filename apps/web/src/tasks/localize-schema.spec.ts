import { initialFormData, localizeSchema } from './localize-schema';

const alcoholForm = {
  type: 'object',
  title: '用酒申请单 / Alcohol form',
  required: ['liquor'],
  properties: {
    liquor: { type: 'string', minLength: 1, title: '酒品 / Liquor' },
    quantity: { type: 'integer', minimum: 1, title: '数量（瓶） / Quantity (bottles)' },
    invoiceType: {
      type: 'string',
      enum: ['catering'],
      default: '餐饮 / catering',
      title: '发票类型 / Invoice type',
      description: '必须是正规餐饮类发票 / must be a formal catering invoice',
    },
    lines: { type: 'array', items: { type: 'object', properties: { note: { type: 'string', title: '备注 / Note' } } } },
    served: { type: 'boolean', title: '是否用酒 / Alcohol served' },
    checked: { type: 'boolean', default: true },
  },
};

describe('localizeSchema', () => {
  it.each([
    ['zh-CN', '酒品', '数量（瓶）', '必须是正规餐饮类发票', '备注', '用酒申请单'],
    ['en', 'Liquor', 'Quantity (bottles)', 'must be a formal catering invoice', 'Note', 'Alcohol form'],
  ] as const)(
    'in %s picks that half of every title and description',
    (language, liquor, quantity, description, note, root) => {
      const schema = localizeSchema(alcoholForm, language) as typeof alcoholForm;
      expect(schema.title).toBe(root);
      expect(schema.properties.liquor.title).toBe(liquor);
      expect(schema.properties.quantity.title).toBe(quantity);
      expect(schema.properties.invoiceType.description).toBe(description);
      expect(schema.properties.lines.items.properties.note.title).toBe(note);
    },
  );

  it('leaves values and validation keywords alone and does not change its input', () => {
    const before = JSON.stringify(alcoholForm);
    const schema = localizeSchema(alcoholForm, 'en') as typeof alcoholForm;
    expect(schema.properties.invoiceType.default).toBe('餐饮 / catering');
    expect(schema.properties.invoiceType.enum).toEqual(['catering']);
    expect(schema.required).toEqual(['liquor']);
    expect(schema.properties.quantity.minimum).toBe(1);
    expect(JSON.stringify(alcoholForm)).toBe(before);
  });

  it.each([
    ['served', false],
    ['checked', true],
  ])('boolean %s defaults to %s', (name, expected) => {
    const schema = localizeSchema(alcoholForm, 'en') as { properties: Record<string, { default?: unknown }> };
    expect(schema.properties[name].default).toBe(expected);
  });

  it.each([undefined, null, 'text', []])('turns %j into an empty object schema', (input) => {
    expect(localizeSchema(input, 'en')).toEqual({ type: 'object', properties: {} });
  });
});

describe('initialFormData', () => {
  it.each([
    [
      { properties: { alcohol: { type: 'boolean' }, n: { type: 'integer', default: 1 }, s: { type: 'string' } } },
      { alcohol: false, n: 1 },
    ],
    [{ properties: { on: { type: 'boolean', default: true } } }, { on: true }],
    [{ type: 'object' }, {}],
    [undefined, {}],
  ])('%j -> %j', (schema, expected) => {
    expect(initialFormData(schema)).toEqual(expected);
  });
});

describe('localizeSchema option names', () => {
  it('picks the language’s half of enumNames and x-enumNames, leaving the values alone', () => {
    const schema = {
      type: 'object',
      properties: {
        region: { type: 'string', enum: ['city', 'county'], enumNames: ['市区 / City', '县区 / County'] },
        kind: { type: 'string', enum: ['catering'], 'x-enumNames': ['餐饮 / Catering'] },
      },
    };
    const en = localizeSchema(schema, 'en') as typeof schema;
    expect(en.properties.region.enumNames).toEqual(['City', 'County']);
    expect(en.properties.region.enum).toEqual(['city', 'county']);
    expect(en.properties.kind['x-enumNames']).toEqual(['Catering']);
    const zh = localizeSchema(schema, 'zh-CN') as typeof schema;
    expect(zh.properties.region.enumNames).toEqual(['市区', '县区']);
  });
});
