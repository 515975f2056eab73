import type { Registry } from './registry.types';
import { standardActions } from './standard/actions';
import { standardDelays } from './standard/delays';
import { standardGuards } from './standard/guards';

/** The standard library: guards eq neq gt gte lt lte in exists and or not; actions set assign merge append increment notify; named delays. */
export const standardRegistry: Registry = { guards: standardGuards, actions: standardActions, delays: standardDelays };
