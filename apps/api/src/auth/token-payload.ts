/** What the access token carries (roles are re-read at the next login). */
export interface TokenPayload {
  sub: string;
  name: string;
  roles: string[];
  /** The user's token version at login; a later bump (deactivation, role or password change) revokes the token. */
  tv?: number;
}

/**
 * The claims have the shape this API signs: a token from another issuer sharing the secret, or
 * an old format, must not reach the policies (a `roles` string would match roles by substring).
 */
export function isTokenPayload(value: unknown): value is TokenPayload {
  const p = value as Partial<Record<keyof TokenPayload, unknown>> | null;
  return (
    typeof p === 'object' &&
    p !== null &&
    typeof p.sub === 'string' &&
    p.sub.length > 0 &&
    typeof p.name === 'string' &&
    Array.isArray(p.roles) &&
    p.roles.every((role) => typeof role === 'string') &&
    (p.tv === undefined || Number.isSafeInteger(p.tv))
  );
}
