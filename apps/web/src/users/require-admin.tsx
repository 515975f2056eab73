// Admin screens render only for admins; anyone else is sent to their own home.
import { Outlet } from 'react-router';
import { useSession } from '../auth/session-context';
import { isAdmin } from './role-home';
import { RoleHomeRedirect } from './role-home-redirect';

export function RequireAdmin() {
  const { session } = useSession();
  return isAdmin(session?.user.roles ?? []) ? <Outlet /> : <RoleHomeRedirect />;
}
