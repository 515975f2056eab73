import {
  SEARCH_OPERATORS,
  defaultOperator,
  operatorsFor,
  readAuditSearch,
  searchQuery,
  writeAuditSearch,
} from './audit-search';

describe('audit search in the URL', () => {
  it('round-trips every filter and drops blanks and unknown operators', () => {
    const search = {
      definitionKey: 'expense',
      definitionVersion: '2',
      participant: 'leader',
      from: '2026-05-01',
      status: 'done',
      field: 'amount',
      op: 'gt' as const,
      value: '5000',
    };
    expect(readAuditSearch(writeAuditSearch(search))).toEqual(search);
    expect(readAuditSearch(new URLSearchParams('op=drop&field=%20&status=running'))).toEqual({ status: 'running' });
  });

  it('sends the field comparison only when field and value are both given', () => {
    expect(searchQuery({ field: 'amount', op: 'gt', value: ' 5000 ' })).toEqual({
      field: 'amount',
      op: 'gt',
      value: '5000',
    });
    expect(searchQuery({ field: 'amount', value: '1' })).toMatchObject({ op: 'eq' });
    expect(searchQuery({ field: 'amount', op: 'gt', status: 'done' })).toEqual({ status: 'done' });
  });
});

describe('operators that fit the field', () => {
  it('puts ≥ ≤ first for a number and 等于/包含 for text, every operator still offered', () => {
    expect(operatorsFor('number').slice(0, 2)).toEqual(['gte', 'lte']);
    expect(operatorsFor('text').slice(0, 2)).toEqual(['eq', 'contains']);
    for (const kind of ['number', 'text', 'unknown'] as const)
      expect([...operatorsFor(kind)].sort()).toEqual([...SEARCH_OPERATORS].sort());
    expect(operatorsFor('unknown')).toEqual([...SEARCH_OPERATORS]);
  });

  it('starts a picked field with ≥ or 等于, and leaves an untyped one alone', () => {
    expect(defaultOperator('number')).toBe('gte');
    expect(defaultOperator('text')).toBe('eq');
    expect(defaultOperator('unknown')).toBeUndefined();
  });
});
