import type { Registry } from './registry.types';
import { standardActions } from './standard/actions';
import { standardApprovers } from './standard/approvers';
import { standardDelays } from './standard/delays';
import { standardGuards } from './standard/guards';

/**
 * The standard library: guards eq neq gt gte lt lte in exists and or not; actions set assign merge
 * append increment notify; named delays; approver source `byAmount`.
 */
export const standardRegistry: Registry = {
  guards: standardGuards,
  actions: standardActions,
  delays: standardDelays,
  approvers: standardApprovers,
};
