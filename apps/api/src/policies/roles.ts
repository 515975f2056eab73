/** Role names the policies refer to (the canonical workflow roles; see workflows/demo/demo-organisation.data.ts). */
export type RoleName =
  | 'staff'
  | 'leader'
  | 'finance'
  | 'legal'
  | 'market'
  | 'project'
  | 'sales'
  | 'office'
  | 'bizdev'
  | 'hq'
  | 'owner'
  | 'auditor'
  | 'admin';

/** May read every instance, its history and every task. */
export const READ_ALL_ROLES: readonly RoleName[] = ['leader', 'auditor', 'admin'];

/** Read-only: a user holding one of these changes nothing (separation of duties). */
export const READ_ONLY_ROLES: readonly RoleName[] = ['auditor'];

/** The user's roles intersect `roles`. */
export function hasAnyRole(user: { roles: readonly string[] }, roles: readonly string[]): boolean {
  return roles.some((role) => user.roles.includes(role));
}
