import type { AuthenticatedUser } from '../auth/authenticated-user';
import { READ_ONLY_ROLES, hasAnyRole } from './roles';

/**
 * Everyone may change their own password (with the current one); only an admin who holds no
 * read-only role may set another user's.
 */
export function maySetPassword(actor: Pick<AuthenticatedUser, 'username' | 'roles'>, username: string): boolean {
  if (actor.username === username) return true;
  return hasAnyRole(actor, ['admin']) && !hasAnyRole(actor, READ_ONLY_ROLES);
}
