// Pure readers for the parts of a definition spec the UI shows (titles, schemas); the spec is untyped JSON.
import type { LocalizedLabel, StateValueContract } from '@liucheng/contracts';
import { asLabel } from '../i18n/localize';

type JsonObject = Record<string, unknown>;

export interface SpecMeta {
  title?: LocalizedLabel;
  description?: unknown;
  input?: unknown;
  events: Record<string, { title?: LocalizedLabel; schema?: unknown }>;
  /** `meta.fields`: titles of context fields no schema names (a flag, a counter). */
  fields: Record<string, LocalizedLabel>;
}

/** The spec's `meta`, with missing parts defaulted. */
export function specMeta(spec: unknown): SpecMeta {
  const meta = objectAt(spec, 'meta');
  const events: SpecMeta['events'] = {};
  for (const [type, entry] of Object.entries(objectAt(meta, 'events'))) {
    events[type] = { title: asLabel(objectAt(entry, 'title')), schema: optionalObjectAt(entry, 'schema') };
  }
  const fields: SpecMeta['fields'] = {};
  for (const [name, title] of Object.entries(objectAt(meta, 'fields'))) {
    const label = asLabel(title);
    if (label) fields[name] = label;
  }
  return { title: asLabel(meta.title), description: meta.description, input: meta.input, events, fields };
}

/**
 * Dotted paths of the active leaf states.
 * @example stateValuePaths({ review: 'legal' }) // ['review.legal']
 */
export function stateValuePaths(value: StateValueContract): string[] {
  if (typeof value === 'string') return [value];
  return Object.entries(value).flatMap(([key, child]) => stateValuePaths(child).map((path) => `${key}.${path}`));
}

/** The `{zh, en}` title of the state at a dotted path (`meta.title`), if the spec has one. */
export function stateTitle(spec: unknown, path: string): LocalizedLabel | undefined {
  let node: unknown = spec;
  for (const key of path.split('.')) node = objectAt(objectAt(node, 'states'), key);
  return asLabel(optionalObjectAt(objectAt(node, 'meta'), 'title'));
}

/** The object under `key`, or an empty object, so lookups can be chained. */
function objectAt(value: unknown, key: string): JsonObject {
  return optionalObjectAt(value, key) ?? {};
}

function optionalObjectAt(value: unknown, key: string): JsonObject | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const child = (value as JsonObject)[key];
  return typeof child === 'object' && child !== null && !Array.isArray(child) ? (child as JsonObject) : undefined;
}
