import { makeSpec } from '../__fixtures__/spec-builder.fixture';
import { validateDefinition } from '../definition/validate-definition';
import { standardRegistry } from '../registry/standard-registry';
import { MAX_SEARCH_FIELDS, SEARCH_FIELD_PATH, searchFields } from './search-fields';

const withSearch = (search: unknown) => {
  const spec = makeSpec({ a: { on: { GO: 'b' } }, b: { type: 'final' } });
  return { ...spec, meta: { ...spec.meta, search } };
};

describe('searchFields', () => {
  it('gives the declared paths once each, in order', () => {
    expect(searchFields(withSearch(['estimatedAmount', 'lines.0.total', 'estimatedAmount']))).toEqual([
      'estimatedAmount',
      'lines.0.total',
    ]);
  });

  it('gives nothing for a definition without a declaration, or a malformed one', () => {
    expect(searchFields(makeSpec({ a: { type: 'final' } }))).toEqual([]);
    expect(searchFields(withSearch('amount'))).toEqual([]);
    expect(searchFields(withSearch([1, 'a b', 'amount']))).toEqual(['amount']);
    expect(searchFields(null)).toEqual([]);
  });

  it('accepts exactly the paths the search route accepts', () => {
    for (const ok of ['amount', 'guest.count', 'lines.12.price', `a${'b'.repeat(63)}`, 'a.b.c.d.e.f.g.h'])
      expect(SEARCH_FIELD_PATH.test(ok)).toBe(true);
    for (const bad of ['', '1st', 'a..b', 'a.b.c.d.e.f.g.h.i', 'a-b', '$amount', `a${'b'.repeat(64)}`, 'a.12345'])
      expect(SEARCH_FIELD_PATH.test(bad)).toBe(false);
  });
});

describe('validateDefinition: meta.search', () => {
  const codes = (search: unknown) =>
    validateDefinition(withSearch(search), standardRegistry).errors.map((p) => `${p.path} ${p.code}`);

  it('accepts a list of context paths', () => {
    expect(codes(['estimatedAmount', 'counterparty', 'guest.count'])).toEqual([]);
  });

  it('names the bad entry: not a path, twice, too many, not a list', () => {
    expect(codes(['amount', 'a b', 7, 'amount'])).toEqual([
      'meta.search.1 invalid-search',
      'meta.search.2 invalid-search',
      'meta.search.3 invalid-search',
    ]);
    expect(codes('amount')).toEqual(['meta.search invalid-search']);
    expect(codes(Array.from({ length: MAX_SEARCH_FIELDS + 1 }, (_, i) => `f${i}`))).toEqual([
      'meta.search invalid-search',
    ]);
  });
});
