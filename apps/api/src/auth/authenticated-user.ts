/** The signed-in user as the guard puts it on the request; becomes the actor of events. */
export interface AuthenticatedUser {
  username: string;
  displayName: string;
  roles: string[];
  /** `users.token_version` when the token was issued (absent for the system actor). */
  tokenVersion?: number;
}

/** The engine's own identity (timers); never a login. */
export const SYSTEM_ACTOR: AuthenticatedUser = { username: 'system', displayName: '系统 (system)', roles: ['system'] };

/** True for the engine's own actor. */
export function isSystem(user: AuthenticatedUser): boolean {
  return user.roles.includes('system');
}
