import type { Registry } from '../registry.types';

/**
 * Named domain entries that a rule of the seed needs and the standard library cannot
 * express (business-fee percentage, 100-point assessment tally, ...). Each is pure,
 * typed and documented with its params schema.
 */
export const domainRegistry: Partial<Registry> = { guards: {}, actions: {}, delays: {} };
