// Prepares a definition's JSON Schema for the form library: one language, and booleans that start false.
import type { AppLanguage } from '../i18n/language';
import { splitBilingual } from '../i18n/localize';

type Schema = Record<string, unknown>;

// Keywords whose value is one sub-schema, a map of sub-schemas, or a list of them.
const SINGLE = ['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames'];
const MAP = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];
const LIST = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];

/**
 * A copy of `schema` with every "中文 / English" `title`, `description` and option name reduced to the
 * language's half, and `default: false` on booleans without a default (an unticked box means
 * "no", not "missing"). Values (`enum`, `const`, `default`, `examples`) are never touched.
 * @example localizeSchema({ title: '天数 / Days', type: 'integer' }, 'en') // { title: 'Days', type: 'integer' }
 */
export function localizeSchema(schema: unknown, language: AppLanguage): Schema {
  return isObject(schema) ? walk(schema, language) : { type: 'object', properties: {} };
}

function walk(schema: Schema, language: AppLanguage): Schema {
  const copy: Schema = { ...schema };
  for (const key of ['title', 'description'] as const) {
    if (typeof copy[key] === 'string') copy[key] = splitBilingual(copy[key] as string, language);
  }
  // Option names are labels too (values stay as they are).
  for (const key of ['enumNames', 'x-enumNames'] as const) {
    if (Array.isArray(copy[key]))
      copy[key] = (copy[key] as unknown[]).map((name) =>
        typeof name === 'string' ? splitBilingual(name, language) : name,
      );
  }
  if (copy.type === 'boolean' && !('default' in copy)) copy.default = false;
  for (const key of SINGLE) if (isObject(copy[key])) copy[key] = walk(copy[key] as Schema, language);
  for (const key of MAP) {
    if (!isObject(copy[key])) continue;
    copy[key] = Object.fromEntries(
      Object.entries(copy[key] as Schema).map(([name, child]) => [
        name,
        isObject(child) ? walk(child, language) : child,
      ]),
    );
  }
  for (const key of LIST) {
    if (Array.isArray(copy[key]))
      copy[key] = (copy[key] as unknown[]).map((child) => (isObject(child) ? walk(child, language) : child));
  }
  return copy;
}

function isObject(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The form's starting values: each top-level field's `default`, and `false` for booleans
 * without one (what the unticked box shows).
 * @example initialFormData({ properties: { alcohol: { type: 'boolean' }, n: { default: 1 } } }) // { alcohol: false, n: 1 }
 */
export function initialFormData(schema: unknown): Record<string, unknown> {
  const properties = isObject(schema) && isObject(schema.properties) ? schema.properties : {};
  const values: Record<string, unknown> = {};
  for (const [name, property] of Object.entries(properties)) {
    if (!isObject(property)) continue;
    if ('default' in property) values[name] = property.default;
    else if (property.type === 'boolean') values[name] = false;
  }
  return values;
}
