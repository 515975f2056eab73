// Pure: the instance's data as labelled rows — the request (start input) first, then what later
// steps gathered — each labelled by the first schema that names the field.
import type { AppLanguage } from '../i18n/language';
import { schemaToFields } from '../schema-form/schema-fields';
import type { SpecMeta } from '../spec/spec-meta';
import { displayValue, titleText, type DisplayValue, type ValueLabels } from './field-value';

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
  return [...ordered, ...rest].map((name) => {
    const schema = known.get(name);
    const title = (schema as { title?: unknown } | undefined)?.title ?? titled[name];
    return {
      name,
      label: titleText(title, language, name),
      value: displayValue(name, context[name], schema, language, labels, (key) => known.get(key)),
    };
  });
}

function propertiesOf(schema: unknown): Record<string, unknown> {
  const properties = (schema as { properties?: unknown } | null | undefined)?.properties;
  return typeof properties === 'object' && properties !== null ? (properties as Record<string, unknown>) : {};
}
