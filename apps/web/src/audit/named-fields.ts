// Pure: the start-form fields that hold a person (a username) or a department (its code), so the
// audit reads them by name as the request view does.

export type NamedKind = 'person' | 'department';

/**
 * @example namedPaths({ meta: { input: { properties: { deputy: { 'x-kind': 'person' } } } } }) // { deputy: 'person' }
 */
export function namedPaths(spec: unknown): Record<string, NamedKind> {
  const input = (spec as { meta?: { input?: { properties?: unknown } } } | undefined)?.meta?.input;
  const properties = typeof input?.properties === 'object' && input.properties !== null ? input.properties : {};
  const out: Record<string, NamedKind> = {};
  for (const [name, property] of Object.entries(properties as Record<string, { 'x-kind'?: unknown } | null>)) {
    const kind = property?.['x-kind'];
    if (kind === 'person' || kind === 'department') out[name] = kind;
  }
  return out;
}
