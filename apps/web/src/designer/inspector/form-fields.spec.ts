import { validateData } from '@liucheng/engine';
import { fieldsToSchema, schemaToFormFields, splitTitle, type FormField } from './form-fields';

const fields: FormField[] = [
  { name: 'reason', type: 'text', title: { zh: '原因', en: 'Reason' }, required: true },
  { name: 'amount', type: 'money', title: { zh: '金额（元）', en: 'Amount (CNY)' }, required: true },
  { name: 'count', type: 'number', title: { zh: '数量', en: 'Count' }, required: false },
  { name: 'on', type: 'date', title: { zh: '日期', en: 'Date' }, required: false },
  { name: 'region', type: 'choice', title: { zh: '区域', en: 'Region' }, required: false, options: ['city', 'county'] },
  { name: 'invoice', type: 'file', title: { zh: '发票', en: 'Invoice' }, required: false },
];

describe('form builder schema', () => {
  const schema = fieldsToSchema(fields);

  it('writes properties in order with bilingual titles, x-order and required', () => {
    expect(Object.keys(schema.properties as object)).toEqual(['reason', 'amount', 'count', 'on', 'region', 'invoice']);
    expect(schema.required).toEqual(['reason', 'amount']);
    expect((schema.properties as Record<string, unknown>).amount).toEqual({
      type: 'number',
      minimum: 0,
      'x-kind': 'money',
      title: '金额（元） / Amount (CNY)',
      'x-order': 1,
    });
  });

  it('reads its own schema back', () => {
    expect(schemaToFormFields(schema).map(({ original: _o, ...f }) => f)).toEqual(fields);
  });

  it.each([
    [{ reason: 'x', amount: 10 }, true],
    [{ reason: 'x', amount: -1 }, false],
    [{ reason: '', amount: 1 }, false],
    [{ reason: 'x', amount: 1, on: '2026-11-27', region: 'county' }, true],
    [{ reason: 'x', amount: 1, region: 'moon' }, false],
  ])('the engine checks %j as %s', (data, ok) => {
    expect(validateData(schema, data).length === 0).toBe(ok);
  });

  it('keeps keywords it does not manage', () => {
    const original = { type: 'string', title: '备注 / Note', maxLength: 200 };
    const [field] = schemaToFormFields({ type: 'object', properties: { note: original } });
    expect(fieldsToSchema([{ ...field, required: true }]).properties).toEqual({
      note: { type: 'string', minLength: 1, title: '备注 / Note', 'x-order': 0, maxLength: 200 },
    });
  });

  it('writes multi-line text as a textarea and help text as the description, and reads them back', () => {
    const note: FormField = {
      name: 'note',
      type: 'textarea',
      title: { zh: '说明', en: 'Details' },
      required: true,
      help: '写清行程 / Describe the trip',
    };
    const schema = fieldsToSchema([note]);
    expect(schema.properties).toEqual({
      note: {
        type: 'string',
        minLength: 1,
        'x-widget': 'textarea',
        title: '说明 / Details',
        description: '写清行程 / Describe the trip',
        'x-order': 0,
      },
    });
    const [read] = schemaToFormFields(schema);
    expect({ ...read, original: undefined }).toEqual({ ...note, original: undefined });
  });

  it.each([
    ['天数 / Days', { zh: '天数', en: 'Days' }],
    ['Days', { zh: 'Days', en: 'Days' }],
  ])('splits %j', (title, label) => {
    expect(splitTitle(title)).toEqual(label);
  });
});
