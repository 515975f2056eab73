// The ledger renders for auditors, admins and leaders (a head reads their departments); anyone else goes home.
import { Outlet } from 'react-router';
import { useSession } from '../auth/session-context';
import { mayReadLedger } from '../users/role-home';
import { RoleHomeRedirect } from '../users/role-home-redirect';

export function RequireLedger() {
  const { session } = useSession();
  return mayReadLedger(session?.user.roles ?? []) ? <Outlet /> : <RoleHomeRedirect />;
}
