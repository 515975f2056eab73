import type { DataSource } from 'typeorm';
import { ApiError } from '../common/api-error';
import { rows, type Tx } from '../common/transaction';
import type { AuthenticatedUser } from './authenticated-user';

/**
 * The SQL expression that yields the user's current token version, or NULL when the user is
 * deactivated or gone. The event path embeds it in its `SELECT … FOR UPDATE` (no extra round trip).
 */
export function tokenVersionSql(usernameLiteral: string): string {
  return `(SELECT u.token_version FROM users u WHERE u.username = ${usernameLiteral} AND u.active)`;
}

/** 401 unless the token's version is the user's current one (an active user). */
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
