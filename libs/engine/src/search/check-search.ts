import { joinPath, type Problems } from '../definition/problems';
import { MAX_SEARCH_FIELDS, SEARCH_FIELD_PATH } from './search-fields';

/** Checks `meta.search`: at most {@link MAX_SEARCH_FIELDS} distinct context paths the search route accepts. */
export function checkSearchMeta(meta: Record<string, unknown>, problems: Problems): void {
  const search = meta.search;
  if (search === undefined) return;
  if (!Array.isArray(search) || search.length > MAX_SEARCH_FIELDS)
    return problems.add(
      'meta.search',
      'invalid-search',
      `must be a list of at most ${MAX_SEARCH_FIELDS} context paths`,
      {
        max: MAX_SEARCH_FIELDS,
      },
    );
  const seen = new Set<unknown>();
  search.forEach((field, i) => {
    const path = joinPath('meta.search', String(i));
    if (typeof field !== 'string' || !SEARCH_FIELD_PATH.test(field))
      problems.add(path, 'invalid-search', 'must be a dotted context path of letters, digits and _ (e.g. amount)');
    else if (seen.has(field)) problems.add(path, 'invalid-search', `${field} is declared twice`, { field });
    seen.add(field);
  });
}
