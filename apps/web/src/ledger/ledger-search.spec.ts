import { readLedgerSearch, writeLedgerSearch } from './ledger-search';

describe('ledger search in the URL', () => {
  it('round-trips the filters and drops what is not a filter value', () => {
    const search = { from: '2026-03-01', to: '2026-03-31', groupBy: 'month' as const, kind: 'fine' as const };
    expect(readLedgerSearch(writeLedgerSearch(search))).toEqual(search);
    expect(readLedgerSearch(new URLSearchParams('groupBy=team&kind=bonus&from=March'))).toEqual({ groupBy: 'person' });
    expect(writeLedgerSearch({ groupBy: 'person' }).toString()).toBe('');
  });
});
