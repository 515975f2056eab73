/** The signed-in user as the guard puts it on the request; becomes the actor of events. */
export interface AuthenticatedUser {
  username: string;
  displayName: string;
  roles: string[];
}

/** The engine's own identity (timers); never a login. */
export const SYSTEM_ACTOR: AuthenticatedUser = { username: 'system', displayName: '系统 (system)', roles: ['system'] };

/** Process owners may edit and publish definitions. */
export function canEditDefinitions(user: AuthenticatedUser): boolean {
  return user.roles.includes('owner') || user.roles.includes('admin');
}

/** Admins and auditors may see every task. */
export function canSeeAllTasks(user: AuthenticatedUser): boolean {
  return user.roles.includes('admin') || user.roles.includes('auditor');
}
