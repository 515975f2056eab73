// Pure: the migration dialog's mapping table — every non-final state of version N with the state
// of N+1 it goes to, prefilled with the same path when N+1 has it (identity), else empty.
import type { AppLanguage } from '../i18n/language';
import { stateOptions, type StateOption } from './state-options';

export interface MappingRow {
  from: string;
  fromLabel: string;
  /** The chosen state of N+1; undefined: not mapped. */
  to?: string;
}

/** @example identityMapping(v1, v2, 'en')[0] // { from: 'review', fromLabel: 'Review', to: 'review' } */
export function identityMapping(fromSpec: unknown, toSpec: unknown, language: AppLanguage): MappingRow[] {
  const targets = new Set(targetOptions(toSpec, language).map((o) => o.value));
  return stateOptions(fromSpec, language)
    .filter((o) => !o.final)
    .map((o) => ({ from: o.value, fromLabel: o.label, ...(targets.has(o.value) ? { to: o.value } : {}) }));
}

/** States of N+1 an instance may be mapped to: final states are not (move it there afterwards). */
export function targetOptions(toSpec: unknown, language: AppLanguage): StateOption[] {
  return stateOptions(toSpec, language).filter((o) => !o.final);
}

/** The request's `mapping`: only the rows given a target. */
export function mappingOf(rows: readonly MappingRow[]): Record<string, string> {
  return Object.fromEntries(rows.flatMap((r) => (r.to ? [[r.from, r.to]] : [])));
}
