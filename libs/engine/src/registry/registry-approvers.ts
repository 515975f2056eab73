import type { RegistryApproverResolver } from '../org/org.types';
import type { Registry } from './registry.types';

/** Resolves `{kind: 'registry'}` approver sources through the registry's approver entries. */
export function registryApprovers(registry: Registry): RegistryApproverResolver {
  return (source, org, input) => {
    const entry = registry.approvers?.[source.name];
    return entry
      ? entry.resolve(org, { starter: input.starter, context: input.context }, source.params ?? {}, registry)
      : [];
  };
}
