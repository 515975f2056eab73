import type { AuthenticatedUser } from '../auth/authenticated-user';
import { READ_ONLY_ROLES, hasAnyRole } from './roles';

type PolicyUser = Pick<AuthenticatedUser, 'username' | 'roles'>;

/** Who sees a user's proxies (代理): the user themself, admins and auditors. */
export function mayReadProxies(actor: PolicyUser, principal: string): boolean {
  return actor.username === principal || hasAnyRole(actor, ['admin', 'auditor']);
}

/**
 * Who names or cancels a user's proxies: the user themself (their own account, like their
 * password), or an admin holding no read-only role for anyone else.
 */
export function mayManageProxies(actor: PolicyUser, principal: string): boolean {
  if (actor.username === principal) return true;
  return hasAnyRole(actor, ['admin']) && !hasAnyRole(actor, READ_ONLY_ROLES);
}
