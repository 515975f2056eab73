// "/" sends each role to its own home (auditor: instances, admin: users, others: tasks).
import { Navigate } from 'react-router';
import { useSession } from '../auth/session-context';
import { roleHome } from './role-home';

export function RoleHomeRedirect() {
  const { session } = useSession();
  return <Navigate to={roleHome(session?.user.roles ?? [])} replace />;
}
