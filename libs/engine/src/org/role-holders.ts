import { departmentAncestors, departmentWithDescendants } from './departments';
import { indexOrg } from './org-index';
import type { OrgSnapshot } from './org.types';

export interface UsersWithRoleOptions {
  /** A department id: holders scoped to it, and unscoped holders who belong to it. */
  department?: string;
  includeSubdepartments?: boolean;
}

/** Usernames holding `role` (in snapshot order); with a department, as {@link UsersWithRoleOptions} says. */
export function usersWithRole(org: OrgSnapshot, role: string, options: UsersWithRoleOptions = {}): string[] {
  if (options.department === undefined)
    return org.users.filter((u) => u.roles.some((g) => g.role === role)).map((u) => u.username);
  const within = new Set(
    options.includeSubdepartments ? departmentWithDescendants(org, options.department) : [options.department],
  );
  return org.users
    .filter((u) =>
      u.roles.some(
        (g) =>
          g.role === role &&
          (g.departmentId !== null
            ? within.has(g.departmentId)
            : u.departmentId !== null && within.has(u.departmentId)),
      ),
    )
    .map((u) => u.username);
}

/**
 * Who holds `role` for work of a department: a grant scoped to a department covers it and
 * everything below; the nearest scoped grant wins (the branch's finance reviewer before the
 * head office's); with none on the way up, the unscoped holders.
 */
export function roleHoldersFor(org: OrgSnapshot, role: string, departmentId: string): string[] {
  const self = indexOrg(org).departments.get(departmentId);
  const path = self ? [self, ...departmentAncestors(org, departmentId)] : [];
  for (const d of path) {
    const scoped = org.users.filter((u) => u.roles.some((g) => g.role === role && g.departmentId === d.id));
    if (scoped.length) return scoped.map((u) => u.username);
  }
  return org.users
    .filter((u) => u.roles.some((g) => g.role === role && g.departmentId === null))
    .map((u) => u.username);
}
