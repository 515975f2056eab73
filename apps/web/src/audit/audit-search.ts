// The auditor's instance search, kept in the URL (a search can be shared and survives a reload) and
// turned into the query of GET /api/instances.

export const SEARCH_OPERATORS = ['gt', 'gte', 'lt', 'lte', 'eq', 'ne', 'contains'] as const;
export type SearchOperator = (typeof SEARCH_OPERATORS)[number];
export const INSTANCE_STATUSES = ['running', 'done', 'failed', 'cancelled'] as const;

export interface AuditSearch {
  definitionKey?: string;
  definitionVersion?: string;
  businessKey?: string;
  startedBy?: string;
  participant?: string;
  /** Start days `yyyy-MM-dd`, Asia/Shanghai, inclusive. */
  from?: string;
  to?: string;
  status?: string;
  /** A context path, e.g. `amount`. */
  field?: string;
  op?: SearchOperator;
  value?: string;
}

const FIELDS = [
  'definitionKey',
  'definitionVersion',
  'businessKey',
  'startedBy',
  'participant',
  'from',
  'to',
  'status',
  'field',
  'op',
  'value',
] as const;

/** The search named in the URL; blank values and unknown operators are left out. */
export function readAuditSearch(params: URLSearchParams): AuditSearch {
  const search: AuditSearch = {};
  for (const name of FIELDS) {
    const value = params.get(name)?.trim();
    if (!value) continue;
    if (name === 'op') {
      if ((SEARCH_OPERATORS as readonly string[]).includes(value)) search.op = value as SearchOperator;
    } else search[name] = value;
  }
  return search;
}

/** The URL parameters of a search. */
export function writeAuditSearch(search: AuditSearch): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of FIELDS) {
    const value = search[name]?.trim();
    if (value) params.set(name, value);
  }
  return params;
}

/**
 * The API query: the field comparison goes only when it is complete (field and value; `op`
 * defaults to eq on the server), so a half-filled form never answers 400.
 */
export function searchQuery(search: AuditSearch): Record<string, string | undefined> {
  const { field, op, value, ...rest } = search;
  const complete = Boolean(field?.trim() && value?.trim());
  return {
    ...rest,
    ...(complete ? { field: field?.trim(), op: op ?? 'eq', value: value?.trim() } : {}),
  };
}

/** Greater/less-than: the value is a number (the form shows a number input). */
export function isNumericOperator(op: SearchOperator | undefined): boolean {
  return op === 'gt' || op === 'gte' || op === 'lt' || op === 'lte';
}

/** What a field holds, as read from the definition's schemas (see spec/search-fields). */
export type FieldKind = 'number' | 'text' | 'unknown';

/**
 * Every operator, the ones that fit the field first: ≥ ≤ for a number, 等于/包含 for text.
 * @example operatorsFor('text').slice(0, 2) // ['eq', 'contains']
 */
export function operatorsFor(kind: FieldKind): SearchOperator[] {
  const first: SearchOperator[] = kind === 'number' ? ['gte', 'lte'] : kind === 'text' ? ['eq', 'contains'] : [];
  return [...first, ...SEARCH_OPERATORS.filter((op) => !first.includes(op))];
}

/** The operator a newly picked field starts with: ≥ for a number, 等于 for text; none for a field no schema types. */
export function defaultOperator(kind: FieldKind): SearchOperator | undefined {
  return kind === 'number' ? 'gte' : kind === 'text' ? 'eq' : undefined;
}
