import type { Registry } from './registry.types';

/**
 * Merges registry parts; a later part's entry replaces an earlier one of the same name.
 *
 * @example createRegistry(standardRegistry, { guards: { isVip } })
 */
export function createRegistry(...parts: Partial<Registry>[]): Registry {
  const registry: Registry = { guards: {}, actions: {}, delays: {}, approvers: {} };
  for (const part of parts) {
    Object.assign(registry.guards, part.guards ?? {});
    Object.assign(registry.actions, part.actions ?? {});
    Object.assign(registry.delays, part.delays ?? {});
    Object.assign(registry.approvers!, part.approvers ?? {});
  }
  return registry;
}
