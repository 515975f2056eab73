import type { Registry, RegistryDescription, RegistryEntryInfo } from './registry.types';

function describe(entries: Record<string, RegistryEntryInfo>): RegistryEntryInfo[] {
  return Object.keys(entries)
    .sort()
    .map((key) => {
      const { name, title, description, params } = entries[key];
      return { name: name ?? key, title, ...(description ? { description } : {}), params };
    });
}

/**
 * The public listing of a registry (what `GET /api/registry` returns), sorted by name.
 *
 * @example describeRegistry(standardRegistry).guards[0] // { name: 'and', title: {...}, params: {...} }
 */
export function describeRegistry(registry: Registry): RegistryDescription {
  return {
    guards: describe(registry.guards),
    actions: describe(registry.actions),
    delays: describe(registry.delays),
    approvers: describe(registry.approvers ?? {}),
  };
}
