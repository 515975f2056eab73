import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { ApiError } from '../common/api-error';
import type { AuthenticatedUser } from './authenticated-user';
import { IS_PUBLIC } from './public.decorator';
import type { TokenPayload } from './token-payload';

/** Verified tokens kept per process (a token is immutable; its expiry is re-checked on use). */
const CACHE_LIMIT = 10_000;

/** Global guard: every route but the `@Public()` ones needs a valid bearer token. */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  // jsonwebtoken's HMAC verify costs ~100 µs (it first tries the secret as a public key);
  // the event path is benchmarked, so a verified token is remembered until it expires.
  private readonly verified = new Map<string, { user: AuthenticatedUser; expiresAt: number }>();

  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const request = context
      .switchToHttp()
      .getRequest<{ headers: Record<string, string | undefined>; user?: AuthenticatedUser }>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) throw new ApiError(401, 'A bearer token is required');
    const cached = this.verified.get(token);
    if (cached && cached.expiresAt > Date.now()) {
      request.user = cached.user;
      return true;
    }
    let payload: TokenPayload & { exp?: number };
    try {
      payload = await this.jwt.verifyAsync<TokenPayload & { exp?: number }>(token);
    } catch {
      this.verified.delete(token);
      throw new ApiError(401, 'The token is invalid or expired');
    }
    const user = { username: payload.sub, displayName: payload.name, roles: payload.roles ?? [] };
    if (this.verified.size >= CACHE_LIMIT) this.verified.clear();
    this.verified.set(token, { user, expiresAt: (payload.exp ?? 0) * 1000 });
    request.user = user;
    return true;
  }
}
