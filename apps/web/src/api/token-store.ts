// The bearer token and the logged-in user, kept in localStorage; listeners hear about changes (login, logout, 401).
import type { CurrentUser } from '@liucheng/contracts';

export interface Session {
  accessToken: string;
  user: CurrentUser;
}

const STORAGE_KEY = 'liucheng.session';
type Listener = (session: Session | null) => void;
const listeners = new Set<Listener>();

/** The stored session, or null when logged out or unreadable. */
export function loadSession(): Session | null {
  try {
    const raw = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<Session>;
    return typeof parsed.accessToken === 'string' && parsed.user ? (parsed as Session) : null;
  } catch {
    return null;
  }
}

/** Stores (or with null, clears) the session and tells every listener. */
export function saveSession(session: Session | null): void {
  try {
    if (session) globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(session));
    else globalThis.localStorage?.removeItem(STORAGE_KEY);
  } catch {
    // Storage unavailable: the session lives only as long as the listeners' state.
  }
  listeners.forEach((listener) => listener(session));
}

/** Subscribes to session changes; returns the unsubscribe function. */
export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
