import { schemaToFields, type FieldKind } from './schema-fields';

describe('schemaToFields', () => {
  it.each<[string, Record<string, unknown>, FieldKind]>([
    ['string', { type: 'string' }, 'text'],
    ['long string', { type: 'string', maxLength: 2000 }, 'textarea'],
    ['textarea widget', { type: 'string', 'x-widget': 'textarea' }, 'textarea'],
    ['date', { type: 'string', format: 'date' }, 'date'],
    ['date-time', { type: 'string', format: 'date-time' }, 'datetime'],
    ['integer', { type: 'integer' }, 'integer'],
    ['nullable number', { type: ['number', 'null'] }, 'number'],
    ['boolean', { type: 'boolean' }, 'boolean'],
    ['enum', { type: 'string', enum: ['city', 'county'] }, 'enum'],
    ['object', { type: 'object' }, 'json'],
    ['array', { type: 'array' }, 'json'],
    ['no type', {}, 'json'],
  ])('%s -> %s', (_name, property, kind) => {
    expect(schemaToFields({ type: 'object', properties: { field: property } })[0].kind).toBe(kind);
  });

  it('reads title, description, bounds, options, default and required', () => {
    const fields = schemaToFields({
      type: 'object',
      required: ['days'],
      properties: {
        days: { type: 'integer', title: '天数 / Days', minimum: 1, maximum: 30, default: 2, description: 'd' },
        region: { type: 'string', enum: ['city', 'county', { bad: true }] },
        amount: { type: 'number', exclusiveMinimum: 0 },
      },
    });
    expect(fields).toEqual([
      {
        name: 'days',
        kind: 'integer',
        title: '天数 / Days',
        description: 'd',
        required: true,
        minimum: 1,
        maximum: 30,
        defaultValue: 2,
      },
      { name: 'region', kind: 'enum', title: 'region', required: false, options: ['city', 'county'] },
      { name: 'amount', kind: 'number', title: 'amount', required: false, minimum: 0 },
    ]);
  });

  it('orders by x-order, then the required list, then the rest (jsonb re-sorts object keys)', () => {
    const fields = schemaToFields({
      type: 'object',
      required: ['purpose', 'guests'],
      properties: {
        note: { type: 'string' },
        guests: { type: 'string' },
        purpose: { type: 'string' },
        first: { type: 'string', 'x-order': 1 },
        extra: { type: 'string' },
      },
    });
    expect(fields.map((field) => field.name)).toEqual(['first', 'purpose', 'guests', 'note', 'extra']);
  });

  it.each([[undefined], [null], ['schema'], [{ type: 'object' }], [{ properties: [] }]])(
    '%j has no fields',
    (schema) => {
      expect(schemaToFields(schema)).toEqual([]);
    },
  );
});
