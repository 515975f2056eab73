import type { AuthenticatedUser } from '../auth/authenticated-user';
import { hasAnyRole } from './roles';

/** A definition's `meta.starterRoles` decide who may start it; none listed: anyone signed in. */
export function mayStart(starterRoles: readonly string[] | undefined, user: Pick<AuthenticatedUser, 'roles'>): boolean {
  return !starterRoles || starterRoles.length === 0 || hasAnyRole(user, starterRoles);
}
