import { fromUrlTab, toUrlTab } from './inbox-page-tab';

describe('inbox page tabs in the URL', () => {
  it.each([
    [null, 'todo', 'all'],
    ['todo', 'todo', 'all'],
    ['mine', 'todo', 'mine'],
    ['claimable', 'todo', 'claimable'],
    ['done', 'done', 'all'],
    ['started', 'started', 'all'],
    ['cc', 'cc', 'all'],
    ['bogus', 'todo', 'all'],
  ] as const)('%s -> %s/%s and back', (value, tab, view) => {
    expect(fromUrlTab(value)).toEqual({ tab, view });
    expect(toUrlTab(tab, view)).toBe(value === null || value === 'bogus' ? 'todo' : value);
  });
});
