import { DataSource } from 'typeorm';
import { ApiError } from '../common/api-error';
import { rows } from '../common/transaction';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { hasAnyRole } from '../policies/roles';

/** Read the whole ledger; anyone else the policy lets in reads the units they head. */
const WHOLE_LEDGER_ROLES = ['auditor', 'admin'] as const;

/**
 * The departments whose ledger `user` may read: `undefined` for the whole ledger (auditors,
 * admins), otherwise every department the user heads and all below it. A leader who heads none
 * is refused with the code `ledger-heads-no-department`.
 */
export async function ledgerScopeOf(dataSource: DataSource, user: AuthenticatedUser): Promise<Set<string> | undefined> {
  if (hasAnyRole(user, WHOLE_LEDGER_ROLES)) return undefined;
  const found = await rows<{ id: string }>(
    dataSource,
    `WITH RECURSIVE headed AS (
       SELECT d.id FROM departments d JOIN users u ON u.id = d.head_user_id WHERE u.username = $1
       UNION
       SELECT c.id FROM departments c JOIN headed h ON c.parent_id = h.id)
     SELECT id FROM headed`,
    [user.username],
  );
  if (found.length === 0)
    throw new ApiError(403, `${user.username} heads no department, so has no department ledger to read`, {
      reason: 'ledger-heads-no-department',
    });
  return new Set(found.map((d) => d.id));
}
