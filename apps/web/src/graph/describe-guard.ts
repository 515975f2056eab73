// Puts a guard reference into words: "金额 ≥ 5000" / "amount ≥ 5000", nested and/or/not included.
import type { GuardRef, JsonObject, RegistryEntryInfo } from '@liucheng/engine';
import { pick, word, type DiagramLanguage } from './diagram-labels';

const OPERATORS: Record<string, string> = { eq: '=', neq: '≠', gt: '>', gte: '≥', lt: '<', lte: '≤' };

/**
 * Names a field path for people (`context.amount` -> "金额" from the input schema, or "amount");
 * `value`, when given, names a field's value (`county` -> "县区" from the schema's `oneOf` titles).
 */
export type FieldLabeler = ((path: string, lang: DiagramLanguage) => string) & {
  value?: (path: string, value: unknown, lang: DiagramLanguage) => string | undefined;
};

/** The last segment of a rooted path: `context.guest.count` -> `count`. */
export const plainFieldLabel: FieldLabeler = (path) => path.split('.').at(-1) ?? path;

/**
 * A guard in words, in one language. Comparisons use symbols, `in` lists the values, `exists`
 * says "is set", combinators nest in brackets; any other registry guard shows its title.
 *
 * @example describeGuard({type: 'gte', params: {field: 'context.amount', value: 5000}}, guards, 'en') // 'amount ≥ 5000'
 */
export function describeGuard(
  ref: GuardRef,
  guards: readonly RegistryEntryInfo[],
  lang: DiagramLanguage,
  fieldLabel: FieldLabeler = plainFieldLabel,
): string {
  const name = typeof ref === 'string' ? ref : ref.type;
  const params: JsonObject = typeof ref === 'string' ? {} : (ref.params ?? {});
  const field = typeof params.field === 'string' ? fieldLabel(params.field, lang) : '?';
  if (name in OPERATORS) {
    const right =
      typeof params.valueField === 'string'
        ? fieldLabel(params.valueField, lang)
        : valueText(params.value, lang, fieldLabel, params.field);
    return `${field} ${OPERATORS[name]} ${right}`;
  }
  if (name === 'in' && Array.isArray(params.values)) {
    return `${field} ∈ {${params.values.map((v) => valueText(v, lang, fieldLabel, params.field)).join(', ')}}`;
  }
  if (name === 'exists') return `${field} ${word('isSet', lang)}`;
  if ((name === 'and' || name === 'or') && Array.isArray(params.guards)) {
    const parts = (params.guards as GuardRef[]).map((g) => wrap(describeGuard(g, guards, lang, fieldLabel)));
    return parts.join(` ${word(name, lang)} `);
  }
  if (name === 'not' && params.guard) {
    return `${word('not', lang)} (${describeGuard(params.guard as GuardRef, guards, lang, fieldLabel)})`;
  }
  const entry = guards.find((g) => g.name === name);
  return pick(entry?.title, lang, name);
}

function wrap(text: string): string {
  return /\s(且|或|and|or)\s/.test(text) ? `(${text})` : text;
}

function valueText(value: unknown, lang: DiagramLanguage, fieldLabel: FieldLabeler, field: unknown): string {
  const named = typeof field === 'string' ? fieldLabel.value?.(field, value, lang) : undefined;
  if (named) return named;
  if (value === true) return word('yes', lang);
  if (value === false) return word('no', lang);
  if (typeof value === 'string') return `"${value}"`;
  return JSON.stringify(value) ?? '?';
}
