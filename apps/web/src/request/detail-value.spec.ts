import { displayValue } from './field-value';
import { requestRows } from './request-fields';

const labels = { yes: '是', no: '否' };
const lines = {
  type: 'array',
  title: '费用明细 / Expense lines',
  'x-detail': { total: 'amount' },
  items: {
    type: 'object',
    properties: {
      on: { type: 'string', format: 'date', title: '日期 / Date', 'x-order': 0 },
      item: { type: 'string', title: '事项 / Item', 'x-order': 1 },
      kind: {
        type: 'string',
        title: '类别 / Kind',
        enum: ['meal', 'taxi'],
        'x-enumNames': ['餐费 / Meal', '交通 / Taxi'],
        'x-order': 2,
      },
      amount: { type: 'number', 'x-kind': 'money', title: '金额 / Amount', 'x-order': 3 },
    },
  },
};
const rows = [
  { on: '2026-11-30', item: '客户午餐', kind: 'meal', amount: 1000 },
  { on: '2026-12-01', item: '出租车', kind: 'taxi', amount: 234.5 },
];

describe('a detail table as the reader sees it', () => {
  it('reads as columns by title, cells like their fields and the money total (zh-CN)', () => {
    expect(displayValue('lines', rows, lines, 'zh-CN', labels)).toEqual({
      kind: 'table',
      columns: [
        { key: 'on', title: '日期' },
        { key: 'item', title: '事项' },
        { key: 'kind', title: '类别' },
        { key: 'amount', title: '金额' },
      ],
      rows: [
        ['2026年11月30日', '客户午餐', '餐费', '¥1,000.00'],
        ['2026年12月1日', '出租车', '交通', '¥234.50'],
      ],
      total: '¥1,234.50',
    });
  });

  it('in English, and without a total when the table names none', () => {
    const { 'x-detail': _d, ...untotalled } = lines;
    const value = displayValue('lines', rows, untotalled, 'en', labels);
    expect(value.kind === 'table' && value.columns.map((c) => c.title)).toEqual(['Date', 'Item', 'Kind', 'Amount']);
    expect(value.kind === 'table' && value.rows[1]).toEqual(['December 1, 2026', '出租车', 'Taxi', '¥234.50']);
    expect(value.kind === 'table' && value.total).toBeUndefined();
  });

  it('is a request row of its own', () => {
    const [row] = requestRows(
      { lines: rows },
      { input: { type: 'object', properties: { lines } }, events: {} },
      'en',
      labels,
    );
    expect(row).toMatchObject({ name: 'lines', label: 'Expense lines', value: { kind: 'table', total: '¥1,234.50' } });
  });
});
