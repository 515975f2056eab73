import { displayValue, enumLabel, isMoneyField } from './field-value';
import { requestRows } from './request-fields';

const labels = { yes: '是', no: '否' };
const file = { attachmentId: 'a1', sha256: 'f', filename: '发票.png', contentType: 'image/png', size: 68 };

const meta = {
  input: {
    type: 'object',
    required: ['guests', 'estimatedAmount'],
    properties: {
      region: { type: 'string', enum: ['city', 'county'], enumNames: ['市区 / City', '县区 / County'] },
      guests: { type: 'string', title: '来访客户 / Guests' },
      estimatedAmount: { type: 'number', title: '预计金额（元） / Estimated amount (CNY)' },
      plannedDate: { type: 'string', format: 'date', title: '计划日期 / Planned date' },
      alcohol: { type: 'boolean', title: '是否用酒 / Alcohol served' },
    },
  },
  events: {
    HOSTED: {
      schema: {
        properties: {
          invoiceType: {
            type: 'string',
            title: '发票类型 / Invoice type',
            oneOf: [{ const: 'catering', title: { zh: '餐饮发票', en: 'Catering invoice' } }],
          },
          invoicePhoto: { type: 'object', 'x-attachment': true, title: '发票照片 / Invoice photo' },
          window: { type: 'string', format: 'duration', title: '期限 / Window' },
        },
      },
    },
  },
};

const context = {
  $approvals: { states: {} },
  zeta: 5,
  late: true,
  invoiceType: 'catering',
  invoicePhoto: file,
  window: 'P3D',
  alcohol: false,
  plannedDate: '2026-12-01',
  estimatedAmount: 1234,
  guests: '客户A',
  region: 'county',
};

describe('requestRows', () => {
  it('labels input fields first (form order), then event fields, then meta.fields; never untitled or $ fields', () => {
    const rows = requestRows(context, { ...meta, fields: { late: { zh: '迟交', en: 'Late' } } }, 'zh-CN', labels);
    expect(rows.map((row) => row.name)).toEqual([
      'guests',
      'estimatedAmount',
      'region',
      'plannedDate',
      'alcohol',
      'invoiceType',
      'invoicePhoto',
      'window',
      'late',
    ]);
    expect(rows.map((row) => row.label).slice(0, 2)).toEqual(['来访客户', '预计金额（元）']);
    expect(rows.at(-1)).toEqual({ name: 'late', label: '迟交', value: { kind: 'text', text: '是' } });
  });

  it('shows money, dates, durations, enums and booleans in the language', () => {
    const text = (language: 'zh-CN' | 'en') =>
      Object.fromEntries(
        requestRows(context, meta, language, language === 'en' ? { yes: 'Yes', no: 'No' } : labels).map((row) => [
          row.name,
          row.value.kind === 'text'
            ? row.value.text
            : row.value.kind === 'attachments'
              ? row.value.files.map((f) => f.filename).join()
              : row.value.rows.join('\n'),
        ]),
      );
    expect(text('zh-CN')).toMatchObject({
      estimatedAmount: '¥1,234.00',
      plannedDate: '2026年12月1日',
      window: '3天',
      region: '县区',
      invoiceType: '餐饮发票',
      alcohol: '否',
      invoicePhoto: '发票.png',
    });
    expect(text('en')).toMatchObject({
      estimatedAmount: '¥1,234.00',
      plannedDate: 'December 1, 2026',
      window: '3 days',
      region: 'County',
      invoiceType: 'Catering invoice',
      alcohol: 'No',
    });
  });
});

describe('field values', () => {
  it('recognises amounts by schema, title or name', () => {
    expect(isMoneyField('x', { format: 'money' })).toBe(true);
    expect(isMoneyField('x', { title: '奖励金额（元） / Reward (CNY)' })).toBe(true);
    expect(isMoneyField('actualAmount', {})).toBe(true);
    expect(isMoneyField('guestCount', { title: '来宾人数 / Number of guests' })).toBe(false);
  });

  it('formats negative money with the sign before the currency', () => {
    expect(displayValue('amount', -760, {}, 'en', labels)).toEqual({ kind: 'text', text: '-¥760.00' });
  });

  it('leaves an enum value without a title as it is', () => {
    expect(enumLabel('x', { enum: ['x'] }, 'en')).toBeUndefined();
    expect(displayValue('kind', 'x', { enum: ['x'] }, 'en', labels)).toEqual({ kind: 'text', text: 'x' });
  });

  it('lists attachments in an array as files and nested objects with their titles', () => {
    expect(displayValue('files', [file, file], {}, 'en', labels)).toEqual({ kind: 'attachments', files: [file, file] });
    const nested = displayValue(
      'liquor',
      { name: '茅台', bottles: 2 },
      { properties: { name: { title: '酒品 / Liquor' }, bottles: { title: '数量 / Bottles' } } },
      'en',
      labels,
    );
    expect(nested).toEqual({ kind: 'text', text: 'Liquor: 茅台; Bottles: 2' });
  });

  it('reads records a workflow keeps: a fine with its reason, time and total, a year, a nested field named elsewhere', () => {
    const fine = {
      amount: 20,
      reason: { zh: '逾期未交', en: 'Not handed in on time' },
      at: '2026-10-09T09:00:00.000Z',
    };
    expect(displayValue('fines', [fine], {}, 'zh-CN', labels)).toEqual({
      kind: 'text',
      text: '金额：¥20.00；原因：逾期未交；时间：2026年10月9日 17:00:00',
    });
    expect(displayValue('fineTotal', 40, {}, 'en', labels)).toEqual({ kind: 'text', text: '¥40.00' });
    expect(displayValue('penaltyTotal', 1500, {}, 'zh-CN', labels)).toEqual({ kind: 'text', text: '¥1,500.00' });
    expect(displayValue('year', 2026, { type: 'integer' }, 'zh-CN', labels)).toEqual({ kind: 'text', text: '2026' });
    expect(displayValue('count', 12345, {}, 'en', labels)).toEqual({ kind: 'text', text: '12,345' });
    const named = (key: string) => (key === 'selfScore' ? { title: '自评分 / Self score' } : undefined);
    expect(displayValue('selfAssessment', { selfScore: 90 }, {}, 'zh-CN', labels, named)).toEqual({
      kind: 'text',
      text: '自评分：90',
    });
  });

  it('shows a record a step copied from its form as its fields, files as downloads', () => {
    const rows = requestRows(
      { claim: { invoiceType: 'catering', invoicePhoto: file } },
      { ...meta, fields: { claim: { zh: '报销单', en: 'Claim' } } },
      'zh-CN',
      labels,
    );
    expect(rows).toEqual([
      { name: 'claim.invoiceType', label: '报销单 · 发票类型', value: { kind: 'text', text: '餐饮发票' } },
      { name: 'claim.invoicePhoto', label: '报销单 · 发票照片', value: { kind: 'attachments', files: [file] } },
    ]);
  });
});
