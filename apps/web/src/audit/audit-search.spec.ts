import { readAuditSearch, searchQuery, writeAuditSearch } from './audit-search';

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
