import { contextDiff } from './context-diff';

describe('contextDiff', () => {
  it('names added, removed and changed paths, nested objects and array items included', () => {
    expect(
      contextDiff(
        { amount: 100, who: { name: 'a', dept: 'x' }, items: [1, 2, 3], gone: true },
        { amount: 250, who: { name: 'a', title: 'b' }, items: [1, 5], fresh: null },
      ),
    ).toEqual([
      { path: 'amount', kind: 'changed', before: 100, after: 250 },
      { path: 'fresh', kind: 'added', after: null },
      { path: 'gone', kind: 'removed', before: true },
      { path: 'items.1', kind: 'changed', before: 2, after: 5 },
      { path: 'items.2', kind: 'removed', before: 3 },
      { path: 'who.dept', kind: 'removed', before: 'x' },
      { path: 'who.title', kind: 'added', after: 'b' },
    ]);
  });

  it('is empty for equal contexts whatever their key order, and treats a changed kind as one change', () => {
    expect(contextDiff({ a: { b: 1, c: 2 } }, { a: { c: 2, b: 1 } })).toEqual([]);
    expect(contextDiff({ a: [1] }, { a: { 0: 1 } })).toEqual([
      { path: 'a', kind: 'changed', before: [1], after: { 0: 1 } },
    ]);
    expect(contextDiff({ a: '1' }, { a: 1 })).toEqual([{ path: 'a', kind: 'changed', before: '1', after: 1 }]);
  });
});
