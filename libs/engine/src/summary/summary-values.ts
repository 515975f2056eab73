import { getAt } from '../support/field-path';
import { isPlainObject } from '../support/json-value';
import type { SummaryFieldSpec, SummaryValue } from './summary.types';

/** At most this many fields: a row summary, not a form. */
export const MAX_SUMMARY_FIELDS = 5;

/**
 * The values of `meta.summary` read from an instance context; objects and arrays are left out
 * (a row shows scalars), a missing value is null. A malformed `meta.summary` yields nothing.
 *
 * @example summaryValues([{ path: 'amount', label: { zh: '金额', en: 'Amount' }, format: 'money' }], { amount: 760 })
 * // [{ label: { zh: '金额', en: 'Amount' }, value: 760, format: 'money' }]
 */
export function summaryValues(fields: unknown, context: unknown): SummaryValue[] {
  if (!Array.isArray(fields)) return [];
  const result: SummaryValue[] = [];
  for (const field of fields.slice(0, MAX_SUMMARY_FIELDS) as SummaryFieldSpec[]) {
    if (!isPlainObject(field) || typeof field.path !== 'string' || !isPlainObject(field.label)) continue;
    const raw = getAt(context, field.path);
    const value = raw === undefined || isPlainObject(raw) || Array.isArray(raw) ? null : raw;
    result.push({ label: field.label, value, ...(field.format ? { format: field.format } : {}) });
  }
  return result;
}
