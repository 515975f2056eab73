// Keeps React state in step with the token store, so a 401 anywhere logs the user out everywhere.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { loadSession, onSessionChange, saveSession, type Session } from '../api/token-store';
import { SessionContext, type SessionContextValue } from './session-context';

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(loadSession);
  const queryClient = useQueryClient();

  useEffect(
    () =>
      onSessionChange((next) => {
        setSession(next);
        // Another user's cached answers must not leak into this session.
        if (!next) queryClient.clear();
      }),
    [queryClient],
  );

  const value = useMemo<SessionContextValue>(
    () => ({ session, signIn: (next) => saveSession(next), signOut: () => saveSession(null) }),
    [session],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
