import type { TokenPayload } from './token-payload';

/** A verified token's claims as jsonwebtoken returns them (`exp`, `nbf` in seconds). */
export type VerifiedClaims = TokenPayload & { exp?: number; nbf?: number };

/**
 * Tokens whose signature was already verified, with their claims, until they expire: the HMAC
 * and the JOSE parsing cost ~15 µs per request, paid once per token instead. Keyed by the whole
 * token (signature included), so only a byte-identical token hits. Expiry is checked on every
 * hit the way jsonwebtoken checks it (expired once `now >= exp`); a token with `nbf` or without
 * `exp` is not kept. Revocation is unaffected: the token version is checked against the
 * database on every request, after this. At most `maxEntries`, the oldest dropped first.
 */
export class VerifiedTokenCache {
  private readonly entries = new Map<string, { claims: VerifiedClaims; expiresAtMs: number }>();

  constructor(
    private readonly maxEntries = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  get(token: string): VerifiedClaims | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (this.now() >= entry.expiresAtMs) {
      this.entries.delete(token);
      return undefined;
    }
    return entry.claims;
  }

  set(token: string, claims: VerifiedClaims): void {
    if (typeof claims.exp !== 'number' || claims.nbf !== undefined) return;
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(token, { claims, expiresAtMs: claims.exp * 1000 });
  }

  get size(): number {
    return this.entries.size;
  }
}
