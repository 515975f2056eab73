import { detailColumns, detailTotal, isDetailTableSchema, isMoneyColumn, totalColumn } from './detail-table';

const schema = {
  type: 'array',
  title: '费用明细 / Expense lines',
  'x-detail': { total: 'amount' },
  items: {
    type: 'object',
    required: ['item', 'amount'],
    properties: {
      amount: { type: 'number', 'x-kind': 'money', title: '金额 / Amount', 'x-order': 2 },
      on: { type: 'string', format: 'date', title: '日期 / Date', 'x-order': 0 },
      item: { type: 'string', title: '事项 / Item', 'x-order': 1 },
    },
  },
};

describe('detail table', () => {
  it('lists the columns in the rows field order with their titles and required flags', () => {
    expect(detailColumns(schema).map((c) => [c.key, c.title, c.required])).toEqual([
      ['on', '日期 / Date', false],
      ['item', '事项 / Item', true],
      ['amount', '金额 / Amount', true],
    ]);
  });

  it('finds the money total column, and none when it names a text column or nothing', () => {
    const column = totalColumn(schema);
    expect(column?.key).toBe('amount');
    expect(column && isMoneyColumn(column)).toBe(true);
    expect(totalColumn({ ...schema, 'x-detail': { total: 'item' } })).toBeUndefined();
    expect(totalColumn({ ...schema, 'x-detail': {} })).toBeUndefined();
  });

  it('sums in cents and ignores rows without a number', () => {
    expect(detailTotal([{ amount: 0.1 }, { amount: 0.2 }], 'amount')).toBe(0.3);
    expect(detailTotal([{ amount: 1000 }, { amount: 234.5 }, { amount: undefined }, {}], 'amount')).toBe(1234.5);
    expect(detailTotal(undefined, 'amount')).toBe(0);
  });

  it.each([
    [schema, true],
    [{ type: 'array', items: { type: 'object' } }, true],
    [{ type: 'array', items: { type: 'string' } }, false],
    [{ type: 'object' }, false],
    [{ type: 'array', items: { type: 'object', 'x-attachment': true } }, false],
  ])('recognizes %j as a detail table: %s', (s, ok) => {
    expect(isDetailTableSchema(s)).toBe(ok);
  });
});
