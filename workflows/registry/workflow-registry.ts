import { createRegistry, standardRegistry, type Registry } from '@liucheng/engine';
import { domainRegistry } from './domain-registry';

/** What the published workflows compile against: the standard library plus the domain entries. */
export function createWorkflowRegistry(...overrides: Partial<Registry>[]): Registry {
  return createRegistry(standardRegistry, domainRegistry, ...overrides);
}

/** The one shared instance, for callers that never override entries (tests, the web designer). */
export const workflowRegistry: Registry = createWorkflowRegistry();
