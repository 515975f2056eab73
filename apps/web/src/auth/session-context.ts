// React context holding the current session (null when logged out).
import { createContext, useContext } from 'react';
import type { Session } from '../api/token-store';

export interface SessionContextValue {
  session: Session | null;
  signIn: (session: Session) => void;
  signOut: () => void;
}

export const SessionContext = createContext<SessionContextValue | null>(null);

/** The session and the sign-in/out actions; must be used under SessionProvider. */
export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}
