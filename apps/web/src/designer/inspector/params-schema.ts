// Makes a registry entry's params schema renderable by rjsf: "any value" fields become text that is
// read as JSON when it parses (5000, true, "city"), and required-only oneOf/anyOf alternatives are dropped.
import type { JsonSchema } from '@liucheng/engine';

type Json = Record<string, unknown>;

/** Whether rjsf can render the schema as a plain form (flat properties of simple types). */
export function isSimpleParamsSchema(schema: JsonSchema): boolean {
  const props = (schema.properties ?? {}) as Record<string, Json>;
  return Object.values(props).every((p) => {
    if (!p || Object.keys(p).length === 0) return true;
    if (p.anyOf || p.oneOf || p.$ref) return false;
    if (p.type === 'object') return false;
    if (p.type === 'array') {
      const items = (p.items ?? {}) as Json;
      return ['string', 'number', 'integer', 'boolean'].includes(String(items.type)) || Object.keys(items).length === 0;
    }
    return true;
  });
}

/** Names of the properties whose schema accepts any value. */
export function anyValueFields(schema: JsonSchema): string[] {
  const props = (schema.properties ?? {}) as Record<string, Json>;
  return Object.entries(props)
    .filter(([, p]) => !p || Object.keys(p).filter((k) => k !== 'title' && k !== 'description').length === 0)
    .map(([name]) => name);
}

/** The schema rjsf renders: any-value fields as strings, no alternative-only combinators. */
export function formSchemaOf(schema: JsonSchema): JsonSchema {
  const props = (schema.properties ?? {}) as Record<string, Json>;
  const anyFields = new Set(anyValueFields(schema));
  const properties: Record<string, unknown> = {};
  for (const [name, prop] of Object.entries(props)) {
    if (anyFields.has(name)) properties[name] = { ...(prop ?? {}), type: 'string', title: prop?.title ?? name };
    else if (prop?.type === 'array' && prop.items && Object.keys(prop.items as Json).length === 0) {
      properties[name] = { ...prop, items: { type: 'string' } };
    } else properties[name] = prop;
  }
  const { oneOf: _oneOf, anyOf: _anyOf, ...rest } = schema;
  return { ...rest, properties };
}

/** Form data shown in the form: any-value fields as text. */
export function toFormData(params: Json, schema: JsonSchema): Json {
  const out: Json = { ...params };
  for (const name of anyValueFields(schema)) {
    if (name in out) out[name] = typeof out[name] === 'string' ? out[name] : JSON.stringify(out[name]);
  }
  return out;
}

/** Params from form data: any-value text read as JSON when it parses, else kept as text; empty fields dropped. */
export function fromFormData(data: Json, schema: JsonSchema): Json {
  const anyFields = new Set(anyValueFields(schema));
  const out: Json = {};
  for (const [name, value] of Object.entries(data)) {
    if (value === undefined || value === '') continue;
    if (anyFields.has(name) && typeof value === 'string') out[name] = parseLoose(value);
    else out[name] = value;
  }
  return out;
}

function parseLoose(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
