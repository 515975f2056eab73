import { validateData } from '@liucheng/engine';
import { fieldsToSchema, isDetailSchema, schemaToFormFields, type FormField } from './form-fields';

const lines: FormField = {
  name: 'lines',
  type: 'detail',
  title: { zh: '费用明细', en: 'Expense lines' },
  required: true,
  columns: [
    { name: 'col1', type: 'date', title: { zh: '日期', en: 'Date' }, required: true },
    { name: 'col2', type: 'text', title: { zh: '事项', en: 'Item' }, required: true },
    { name: 'col3', type: 'money', title: { zh: '金额', en: 'Amount' }, required: true },
    { name: 'col4', type: 'choice', title: { zh: '类别', en: 'Kind' }, required: false, options: ['meal', 'taxi'] },
  ],
  total: 'col3',
};

const strip = (field: FormField): FormField => {
  const { original: _o, columns, ...rest } = field;
  return { ...rest, ...(columns ? { columns: columns.map(strip) } : {}) };
};

describe('form builder detail table (明细)', () => {
  const schema = fieldsToSchema([lines]);
  const prop = (schema.properties as Record<string, Record<string, unknown>>).lines;

  it('writes an array of row objects with its columns, minItems when required and the total column', () => {
    expect(prop).toMatchObject({
      type: 'array',
      title: '费用明细 / Expense lines',
      minItems: 1,
      'x-detail': { total: 'col3' },
      items: {
        type: 'object',
        required: ['col1', 'col2', 'col3'],
        properties: {
          col1: { type: 'string', format: 'date', title: '日期 / Date', 'x-order': 0 },
          col3: { type: 'number', minimum: 0, 'x-kind': 'money', 'x-order': 2 },
          col4: { type: 'string', enum: ['meal', 'taxi'] },
        },
      },
    });
    expect(isDetailSchema(prop)).toBe(true);
  });

  it('reads its own schema back unchanged', () => {
    expect(schemaToFormFields(schema).map(strip)).toEqual([lines]);
    expect(fieldsToSchema(schemaToFormFields(schema))).toEqual(schema);
  });

  it('drops a total that names no number or money column', () => {
    const written = fieldsToSchema([{ ...lines, total: 'col2' }]).properties as Record<string, Record<string, unknown>>;
    expect(written.lines['x-detail']).toEqual({});
    expect(schemaToFormFields({ type: 'object', properties: written })[0].total).toBeUndefined();
  });

  it('an optional table has no minItems', () => {
    const written = fieldsToSchema([{ ...lines, required: false }]).properties as Record<
      string,
      Record<string, unknown>
    >;
    expect(written.lines.minItems).toBeUndefined();
  });

  it.each([
    [{ lines: [{ col1: '2026-12-01', col2: '出租车', col3: 34.5 }] }, true],
    [{ lines: [] }, false],
    [{}, false],
    [{ lines: [{ col1: '2026-12-01', col2: '出租车', col3: -1 }] }, false],
    [{ lines: [{ col1: '2026-12-01', col3: 10 }] }, false],
    [{ lines: [{ col1: '2026-12-01', col2: '餐费', col3: 10, col4: 'moon' }] }, false],
  ])('the engine checks %j as %s', (data, ok) => {
    expect(validateData(schema, data).length === 0).toBe(ok);
  });

  it('reads an unmarked array of objects as a detail table too', () => {
    const [field] = schemaToFormFields({
      type: 'object',
      properties: { rows: { type: 'array', items: { type: 'object', properties: { n: { type: 'number' } } } } },
    });
    expect(field.type).toBe('detail');
    expect(field.columns?.map((c) => [c.name, c.type])).toEqual([['n', 'number']]);
  });
});
