import type { DataSource } from 'typeorm';
import { ApiError } from '../common/api-error';
import { rows, type Tx } from '../common/transaction';
import type { AuthenticatedUser } from './authenticated-user';

/**
 * 401 unless the token's version is the user's current one (an active user). The event path
 * reads the version in its locking statement (`liucheng_lock_instance`, libs/persistence).
 */
export function assertTokenCurrent(user: AuthenticatedUser, current: number | null | undefined): void {
  if (current === null || current === undefined || current !== (user.tokenVersion ?? 0)) {
    throw new ApiError(401, 'The token has been revoked (user deactivated or changed); sign in again');
  }
}

/** One indexed query: the user is active and the token version is current. */
export async function checkUserActive(q: Tx | DataSource, user: AuthenticatedUser): Promise<void> {
  const [row] = await rows<{ token_version: number }>(
    q,
    `SELECT token_version FROM users WHERE username = $1 AND active`,
    [user.username],
  );
  assertTokenCurrent(user, row?.token_version);
}
