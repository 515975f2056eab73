// Route guard: without a session, go to /login and come back afterwards.
import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from './session-context';

export function RequireAuth() {
  const { session } = useSession();
  const location = useLocation();
  if (!session) {
    const from = `${location.pathname}${location.search}`;
    return <Navigate to="/login" replace state={{ from }} />;
  }
  return <Outlet />;
}
