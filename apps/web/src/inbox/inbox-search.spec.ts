import { isFiltered, readSearch, writeSearch } from './inbox-search';

describe('inbox search in the URL', () => {
  it('reads the set fields and drops blank ones', () => {
    const params = new URLSearchParams('tab=cc&definitionKey=expense&from=2026-03-01&to=&businessKey=%20');
    expect(readSearch(params)).toEqual({ definitionKey: 'expense', from: '2026-03-01' });
  });

  it('writes the search and keeps the tab', () => {
    const params = new URLSearchParams('tab=started&businessKey=OLD');
    const next = writeSearch(params, { to: '2026-03-31', businessKey: '' });
    expect(next.toString()).toBe('tab=started&to=2026-03-31');
  });

  it('knows when a filter is set', () => {
    expect(isFiltered({})).toBe(false);
    expect(isFiltered({ businessKey: 'ZD-1' })).toBe(true);
  });
});
