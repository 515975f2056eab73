/**
 * A context path a data-field search may name: dotted keys of plain identifiers or array
 * indexes, at most 8 deep. The search route and a definition's `meta.search` share it, so a
 * declared field is always one the route accepts, and nothing else reaches SQL, even bound.
 */
export const SEARCH_FIELD_PATH = /^[A-Za-z_][A-Za-z0-9_]{0,63}(\.([A-Za-z_][A-Za-z0-9_]{0,63}|\d{1,4})){0,7}$/;

/** At most this many declared fields: each is a row per instance, kept by every step. */
export const MAX_SEARCH_FIELDS = 10;

/**
 * The context paths a definition declares searchable (`meta.search`), deduplicated, in order;
 * `[]` when it declares none. Entries that are not valid paths are left out (the validator
 * refuses such a definition; this reads what was published).
 *
 * @example searchFields({ meta: { search: ['estimatedAmount', 'counterparty'] } }) // ['estimatedAmount', 'counterparty']
 */
export function searchFields(spec: unknown): string[] {
  const meta = (spec as { meta?: { search?: unknown } } | null)?.meta;
  const declared = meta?.search;
  if (!Array.isArray(declared)) return [];
  const fields = declared.filter((f): f is string => typeof f === 'string' && SEARCH_FIELD_PATH.test(f));
  return [...new Set(fields)].slice(0, MAX_SEARCH_FIELDS);
}
