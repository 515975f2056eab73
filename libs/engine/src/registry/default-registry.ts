import type { Registry } from './registry.types';
import { createRegistry } from './create-registry';
import { domainRegistry } from './domain';
import { standardRegistry } from './standard-registry';

/**
 * Standard library plus the named domain entries (business fee, assessment tally, ...).
 * Each section is merged when read, so domain entries registered after this module
 * loaded are still seen.
 */
export const defaultRegistry: Registry = Object.freeze({
  get guards() {
    return createRegistry(standardRegistry, domainRegistry).guards;
  },
  get actions() {
    return createRegistry(standardRegistry, domainRegistry).actions;
  },
  get delays() {
    return createRegistry(standardRegistry, domainRegistry).delays;
  },
});
