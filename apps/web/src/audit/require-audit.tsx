// The audit view renders for auditors and admins; anyone else is sent to their own home.
import { Outlet } from 'react-router';
import { useSession } from '../auth/session-context';
import { mayAudit } from '../users/role-home';
import { RoleHomeRedirect } from '../users/role-home-redirect';

export function RequireAudit() {
  const { session } = useSession();
  return mayAudit(session?.user.roles ?? []) ? <Outlet /> : <RoleHomeRedirect />;
}
