// The audit view renders for auditors, admins and process owners (their own processes); the
// evidence over everything (the whole ledger, analytics) only for auditors and admins. Anyone else is sent home.
import { Outlet } from 'react-router';
import { useSession } from '../auth/session-context';
import { mayAudit, mayReadAuditEvidence } from '../users/role-home';
import { RoleHomeRedirect } from '../users/role-home-redirect';

export function RequireAudit({ evidence = false }: { evidence?: boolean }) {
  const { session } = useSession();
  const roles = session?.user.roles ?? [];
  return (evidence ? mayReadAuditEvidence(roles) : mayAudit(roles)) ? <Outlet /> : <RoleHomeRedirect />;
}
