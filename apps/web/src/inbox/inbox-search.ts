// The inbox search (process, start-day range, business key), kept in the URL so a filtered view can be shared.
export interface InboxSearch {
  definitionKey?: string;
  /** Start day `yyyy-MM-dd` (Asia/Shanghai on the server), inclusive. */
  from?: string;
  to?: string;
  businessKey?: string;
}

const FIELDS = ['definitionKey', 'from', 'to', 'businessKey'] as const;

/** The search named in the URL; blank values are left out. */
export function readSearch(params: URLSearchParams): InboxSearch {
  const search: InboxSearch = {};
  for (const field of FIELDS) {
    const value = params.get(field)?.trim();
    if (value) search[field] = value;
  }
  return search;
}

/** `params` with the search replaced by `search` (other parameters, such as the tab, kept). */
export function writeSearch(params: URLSearchParams, search: InboxSearch): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const field of FIELDS) {
    const value = search[field]?.trim();
    if (value) next.set(field, value);
    else next.delete(field);
  }
  return next;
}

/** Whether any filter is set (an empty list then says "nothing matches" rather than "nothing yet"). */
export function isFiltered(search: InboxSearch): boolean {
  return FIELDS.some((field) => Boolean(search[field]));
}
