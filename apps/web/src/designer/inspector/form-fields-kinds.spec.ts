import { validateData } from '@liucheng/engine';
import { fieldsToSchema, schemaToFormFields, type FormField } from './form-fields';

// 日期区间, 多选 (with labels), 人员 and 部门: the schema the builder writes, what the engine accepts, and the read back.
const fields: FormField[] = [
  { name: 'trip', type: 'dateRange', title: { zh: '出差日期', en: 'Trip dates' }, required: true },
  {
    name: 'meals',
    type: 'multiChoice',
    title: { zh: '餐别', en: 'Meals' },
    required: true,
    options: ['lunch', 'dinner'],
    optionLabels: [
      { zh: '午餐', en: 'Lunch' },
      { zh: '晚餐', en: 'Dinner' },
    ],
  },
  {
    name: 'region',
    type: 'choice',
    title: { zh: '区域', en: 'Region' },
    required: false,
    options: ['city', 'county'],
    optionLabels: [
      { zh: '市区', en: 'City' },
      { zh: '县区', en: 'County' },
    ],
  },
  { name: 'deputy', type: 'person', title: { zh: '代理人', en: 'Deputy' }, required: true },
  { name: 'dept', type: 'department', title: { zh: '费用部门', en: 'Cost centre' }, required: false },
];

describe('form builder: date range, multiple choice, person, department', () => {
  const schema = fieldsToSchema(fields);
  const properties = schema.properties as Record<string, Record<string, unknown>>;
  const valid = { trip: { start: '2026-12-01', end: '2026-12-03' }, meals: ['lunch'], deputy: 'li.si' };

  it('writes a date range as two required dates whose end may not precede the start', () => {
    expect(properties.trip).toEqual({
      type: 'object',
      'x-kind': 'date-range',
      additionalProperties: false,
      required: ['start', 'end'],
      properties: {
        start: { type: 'string', format: 'date', title: '开始日期 / Start date' },
        end: { type: 'string', format: 'date', title: '结束日期 / End date', formatMinimum: { $data: '1/start' } },
      },
      title: '出差日期 / Trip dates',
      'x-order': 0,
    });
  });

  it('writes choices with their labels as x-enumNames, a multiple choice as a unique array', () => {
    expect(properties.meals).toEqual({
      type: 'array',
      uniqueItems: true,
      items: { type: 'string', enum: ['lunch', 'dinner'], 'x-enumNames': ['午餐 / Lunch', '晚餐 / Dinner'] },
      minItems: 1,
      title: '餐别 / Meals',
      'x-order': 1,
    });
    expect(properties.region).toMatchObject({
      enum: ['city', 'county'],
      'x-enumNames': ['市区 / City', '县区 / County'],
    });
  });

  it('writes a person as a username and a department as its code, each by pattern', () => {
    expect(properties.deputy).toMatchObject({ type: 'string', 'x-kind': 'person', pattern: expect.any(String) });
    expect(properties.dept).toMatchObject({ type: 'string', 'x-kind': 'department', pattern: expect.any(String) });
  });

  it('reads its own schema back', () => {
    expect(schemaToFormFields(schema).map(({ original: _o, ...f }) => f)).toEqual(fields);
  });

  it.each([
    [valid, true],
    [{ ...valid, trip: { start: '2026-12-03', end: '2026-12-03' } }, true],
    [{ ...valid, trip: { start: '2026-12-03', end: '2026-12-01' } }, false],
    [{ ...valid, trip: { start: '2026-12-03' } }, false],
    [{ ...valid, trip: { start: '2026-12-01', end: '3 Dec' } }, false],
    [{ ...valid, meals: [] }, false],
    [{ ...valid, meals: ['lunch', 'lunch'] }, false],
    [{ ...valid, meals: ['breakfast'] }, false],
    [{ ...valid, deputy: '李四' }, false],
    [{ ...valid, dept: 'finance' }, true],
    [{ ...valid, dept: 'Finance Dept' }, false],
  ])('the engine checks %j as %s', (data, ok) => {
    expect(validateData(schema, data).length === 0).toBe(ok);
  });

  it('names the end of a date range that precedes its start', () => {
    const problems = validateData(schema, { ...valid, trip: { start: '2026-12-03', end: '2026-12-01' } });
    expect(problems.map((p) => [p.path, p.code])).toEqual([['/trip/end', 'formatMinimum']]);
  });

  it('writes no labels for options without any', () => {
    const [choice] = schemaToFormFields(
      fieldsToSchema([{ name: 'c', type: 'choice', title: { zh: '类', en: 'Kind' }, required: false, options: ['a'] }]),
    );
    expect(choice.original).toEqual({ type: 'string', enum: ['a'], title: '类 / Kind', 'x-order': 0 });
  });
});

describe('form builder: 是/否', () => {
  const yesNo: FormField = {
    name: 'isTrue',
    type: 'yesNo',
    title: { zh: '信息属实', en: 'Lead is true' },
    required: true,
  };

  it('writes a boolean, which the engine accepts as true or false and refuses as text', () => {
    const schema = fieldsToSchema([yesNo]);
    expect((schema.properties as Record<string, unknown>).isTrue).toEqual({
      type: 'boolean',
      title: '信息属实 / Lead is true',
      'x-order': 0,
    });
    expect(validateData(schema, { isTrue: false })).toEqual([]);
    expect(validateData(schema, { isTrue: 'yes' })).not.toEqual([]);
  });

  it('reads a shipped boolean answer back as 是/否, not as text', () => {
    const [field] = schemaToFormFields({
      type: 'object',
      required: ['isTrue'],
      properties: { isTrue: { type: 'boolean', title: '信息属实 / Lead is true' } },
    });
    expect(field).toMatchObject({ name: 'isTrue', type: 'yesNo', required: true });
  });
});
