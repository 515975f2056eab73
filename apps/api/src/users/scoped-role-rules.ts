import type { ProblemContract } from '@liucheng/contracts';

/**
 * Roles that only mean something everywhere: a scoped role still counts as the role for every
 * route check, so an admin, owner or auditor "in one department" would be one everywhere.
 */
export const GLOBAL_ONLY_ROLES = ['admin', 'owner', 'auditor'] as const;

/** 422 items naming `/scopedRoles/<i>/role` with code `role-not-scopable`. */
export function scopedRoleProblems(grants: readonly { role: string }[]): (ProblemContract & { code: string })[] {
  return grants.flatMap((g, i) =>
    (GLOBAL_ONLY_ROLES as readonly string[]).includes(g.role)
      ? [
          {
            path: `/scopedRoles/${i}/role`,
            message: `${g.role} cannot be held in one department only`,
            code: 'role-not-scopable',
          },
        ]
      : [],
  );
}
