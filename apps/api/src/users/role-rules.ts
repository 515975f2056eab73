import type { ProblemContract } from '@liucheng/contracts';
import { READ_ONLY_ROLES } from '../policies/roles';

/** A role problem with its stable code. */
export interface RoleProblem extends ProblemContract {
  code: 'auditor-exclusive';
}

/**
 * Separation of duties: a read-only role (auditor) is held alone. The route policies refuse
 * changes to any token holding it anyway (a database edited by hand could still mix them).
 */
export function roleCombinationProblems(roles: readonly string[]): RoleProblem[] {
  const readOnly = roles.filter((role) => (READ_ONLY_ROLES as readonly string[]).includes(role));
  const others = roles.filter((role) => !readOnly.includes(role));
  if (readOnly.length === 0 || others.length === 0) return [];
  return [
    {
      path: '/roles',
      message: `${readOnly[0]} is read-only and cannot be held together with ${others.join(', ')}`,
      code: 'auditor-exclusive',
    },
  ];
}
