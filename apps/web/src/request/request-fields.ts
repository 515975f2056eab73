// Pure: the instance's data as labelled rows — the request (start input) first, then what later
// steps gathered — each labelled by the first schema that names the field.
import type { AppLanguage } from '../i18n/language';
import { schemaToFields } from '../schema-form/schema-fields';
import type { SpecMeta } from '../spec/spec-meta';
import { isAttachmentValue } from '../attachments/attachment-value';
import { displayValue, isStoredLabel, titleText, type DisplayValue, type ValueLabels } from './field-value';

export interface RequestRow {
  name: string;
  label: string;
  value: DisplayValue;
}

/**
 * Rows for the request and what was gathered: fields of the input schema in the form's order, then
 * those of the event schemas in the spec's order, then fields the definition titles in `meta.fields`.
 * Untitled fields (the definition's own bookkeeping) and the engine's `$…` are not part of the request.
 * @example requestRows({ days: 3 }, { input: { properties: { days: { title: '天数 / Days' } } }, events: {} }, 'en', labels)
 *   // [{ name: 'days', label: 'Days', value: { kind: 'text', text: '3' } }]
 */
export function requestRows(
  context: Record<string, unknown>,
  meta: Pick<SpecMeta, 'input' | 'events'> & Partial<Pick<SpecMeta, 'fields'>>,
  language: AppLanguage,
  labels: ValueLabels,
): RequestRow[] {
  const schemas = [meta.input, ...Object.values(meta.events).map((event) => event.schema)];
  const known = new Map<string, unknown>();
  for (const schema of schemas) {
    const properties = propertiesOf(schema);
    for (const field of schemaToFields(schema))
      if (!known.has(field.name)) known.set(field.name, properties[field.name]);
  }
  const present = (name: string) => name in context && !name.startsWith('$');
  const ordered = [...known.keys()].filter(present);
  const titled = meta.fields ?? {};
  const rest = Object.keys(titled).filter((name) => present(name) && !known.has(name));
  const lookup = (key: string) => known.get(key);
  const row = (name: string): RequestRow[] => {
    const schema = known.get(name);
    const label = titleText((schema as { title?: unknown } | undefined)?.title ?? titled[name], language, name);
    const value = context[name];
    // A record a step copied from its form (the claim) reads as its fields, each by the form's title.
    if (!schema && isRecord(value))
      return Object.entries(value).map(([key, child]) => ({
        name: `${name}.${key}`,
        label: `${label} · ${titleText((lookup(key) as { title?: unknown } | undefined)?.title, language, key)}`,
        value: displayValue(key, child, lookup(key), language, labels, lookup),
      }));
    return [{ name, label, value: displayValue(name, value, schema, language, labels, lookup) }];
  };
  return [...ordered, ...rest].flatMap(row);
}

/** A plain object of fields (not a file, not a `{zh, en}` label). */
function isRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || isAttachmentValue(value)) return false;
  return Object.keys(value).length > 0 && !isStoredLabel(value);
}

function propertiesOf(schema: unknown): Record<string, unknown> {
  const properties = (schema as { properties?: unknown } | null | undefined)?.properties;
  return typeof properties === 'object' && properties !== null ? (properties as Record<string, unknown>) : {};
}
