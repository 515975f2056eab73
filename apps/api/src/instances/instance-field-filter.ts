import type { ProblemContract } from '@liucheng/contracts';
import { SEARCH_FIELD_PATH } from '@liucheng/engine';
import { SEARCH_TEXT_PREFIX } from '@liucheng/persistence';
import { ApiError } from '../common/api-error';

/** The comparisons a search may make on one context field. */
export const FIELD_OPERATORS = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'contains'] as const;
export type FieldOperator = (typeof FIELD_OPERATORS)[number];

const NUMERIC: Record<string, string> = { gt: '>', gte: '>=', lt: '<', lte: '<=' };
const NUMBER = /^-?\d{1,15}(\.\d{1,6})?$/;

export interface FieldFilter {
  path: string[];
  op: FieldOperator;
  value: string;
}

/**
 * Checks `field`, `op` and `value` of an instance search and gives the filter, or nothing when no
 * field is asked. 400 with a code naming the parameter: `search-field-invalid` (not a dotted
 * path), `search-operator-invalid`, `search-value-not-number` (gt/gte/lt/lte), or
 * `search-field-incomplete` (one of the three without the others).
 */
export function parseFieldFilter(query: { field?: string; op?: string; value?: string }): FieldFilter | undefined {
  const { field, op, value } = query;
  if (field === undefined && op === undefined && value === undefined) return undefined;
  const problems: ProblemContract[] = [];
  if (field === undefined) problems.push(incomplete('/field', 'field is needed with op and value'));
  else if (!SEARCH_FIELD_PATH.test(field))
    problems.push({
      path: '/field',
      code: 'search-field-invalid',
      message: 'must be a dotted context path of letters, digits and _ (e.g. amount or guest.count)',
    });
  const operator = op ?? 'eq';
  if (op !== undefined && !(FIELD_OPERATORS as readonly string[]).includes(op))
    problems.push({
      path: '/op',
      code: 'search-operator-invalid',
      message: `must be one of ${FIELD_OPERATORS.join(', ')}`,
      params: { allowed: [...FIELD_OPERATORS] },
    });
  if (value === undefined) problems.push(incomplete('/value', 'value is needed with field'));
  else if (operator in NUMERIC && !NUMBER.test(value.trim()))
    problems.push({ path: '/value', code: 'search-value-not-number', message: `must be a number for op=${operator}` });
  if (problems.length > 0)
    throw ApiError.badRequest(`Invalid search: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`, problems);
  return { path: (field as string).split('.'), op: operator as FieldOperator, value: (value as string).trim() };
}

function incomplete(path: string, message: string): ProblemContract {
  return { path, code: 'search-field-incomplete', message };
}

/**
 * The filter as one SQL condition on the instance's context (`i.snapshot->'context'`), every
 * value bound by `add`. Numeric operators only match numbers; eq/ne compare the value's text
 * (`5000` matches the number 5000 and the string "5000"); `contains` is a case-insensitive
 * substring match with LIKE's wildcards escaped.
 */
export function fieldFilterSql(filter: FieldFilter, add: (value: unknown) => string): string {
  const at = `(i.snapshot->'context' #> ${add(filter.path)}::text[])`;
  const symbol = NUMERIC[filter.op];
  // CASE, not AND: the planner may order AND's arms by cost, and the cast fails on a string.
  if (symbol)
    return `COALESCE(CASE WHEN jsonb_typeof(${at}) = 'number' THEN (${at})::numeric ${symbol} ${add(filter.value)}::numeric END, false)`;
  if (filter.op === 'contains') return `(${at} #>> '{}') ILIKE ${add(containsPattern(filter.value))}`;
  const text = `(${at} #>> '{}')`;
  // A number compares by value (5000 = 5000.0); anything else by its text.
  const equal = NUMBER.test(filter.value)
    ? `(CASE WHEN jsonb_typeof(${at}) = 'number' THEN (${at})::numeric = ${add(filter.value)}::numeric ELSE ${text} = ${add(filter.value)} END)`
    : `${text} = ${add(filter.value)}`;
  return filter.op === 'ne' ? `(${at} IS NOT NULL AND COALESCE(NOT ${equal}, true))` : `COALESCE(${equal}, false)`;
}

/**
 * The same comparison for a field the definition declares (`meta.search`), on its typed row `s`
 * in `instance_search_values` (migration SearchFields1766800000000): a row exists when the value
 * is present (JSON null too), `num` holds a number and `text` is `value #>> '{}'`, so each
 * operator keeps fieldFilterSql's answers. Each value is bound once per use (a parameter takes
 * the type of its first use).
 */
function indexedCondition(filter: FieldFilter, add: (value: unknown) => string): string {
  const symbol = NUMERIC[filter.op];
  if (symbol) return `s.num ${symbol} ${add(filter.value)}::numeric`;
  if (filter.op === 'contains') return `s.text ILIKE ${add(containsPattern(filter.value))}`;
  // The text index holds the first characters (`text_key`); a shorter value equals them only
  // when it equals the whole text, a value as long as the key compares the whole text too.
  const key = `s.text_key = left(${add(filter.value)}, ${SEARCH_TEXT_PREFIX})`;
  const text = [...filter.value].length < SEARCH_TEXT_PREFIX ? key : `(${key} AND s.text = ${add(filter.value)})`;
  const equal = NUMBER.test(filter.value)
    ? `(s.num = ${add(filter.value)}::numeric OR (s.num IS NULL AND ${text}))`
    : text;
  return filter.op === 'ne' ? `COALESCE(NOT ${equal}, true)` : equal;
}

/** The ids of the key's instances whose declared field matches, from the search table's indexes (column `id`). */
export function indexedFieldIdsSql(
  filter: FieldFilter,
  definitionKey: string,
  add: (value: unknown) => string,
): string {
  const key = add(definitionKey);
  const field = add(filter.path.join('.'));
  return `SELECT s.instance_id AS id FROM instance_search_values s
    WHERE s.definition_key = ${key} AND s.field = ${field} AND ${indexedCondition(filter, add)}`;
}

/**
 * The declared field's comparison as a condition on `i`: one primary-key probe of its row per
 * instance, a scalar subquery the planner keeps per row, so a page of a field most instances
 * match is read in the list's order and stops at the page (a join would gather every match first).
 */
export function indexedFieldFilterSql(filter: FieldFilter, add: (value: unknown) => string): string {
  const field = add(filter.path.join('.'));
  return `COALESCE((SELECT true FROM instance_search_values s
    WHERE s.instance_id = i.id AND s.field = ${field} AND ${indexedCondition(filter, add)}), false)`;
}

/** `contains` as an ILIKE pattern: the value as a substring, LIKE's wildcards escaped. */
function containsPattern(value: string): string {
  return `%${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
