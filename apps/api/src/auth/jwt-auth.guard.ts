import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { ApiError } from '../common/api-error';
import { ROUTE_POLICY } from '../policies/policy.decorator';
import { ROUTE_POLICIES, routeAllows, type RoutePolicyName } from '../policies/route-policy';
import type { AuthenticatedUser } from './authenticated-user';
import { isTokenPayload, type TokenPayload } from './token-payload';
import { checkUserActive } from './user-status';
import { VerifiedTokenCache, type VerifiedClaims } from './verified-token.cache';

/**
 * Global guard: authenticates the bearer token (401), applies the route's policy (403), and
 * checks that the user exists, is still active and has a current token version (401) — here
 * with one query, or, for routes whose policy says `transaction`, inside the route's own
 * transaction. A refusal checks the user first, so a token of a user who is gone is a 401
 * on every route, never a 403. A route that names no policy is refused.
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  private readonly verified = new VerifiedTokenCache();

  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly dataSource: DataSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const name = this.reflector.getAllAndOverride<RoutePolicyName | undefined>(ROUTE_POLICY, [
      context.getHandler(),
      context.getClass(),
    ]);
    const policy = name ? ROUTE_POLICIES[name] : undefined;
    if (policy?.allow === 'anyone') return true;
    const request = context
      .switchToHttp()
      .getRequest<{ headers: Record<string, string | undefined>; user?: AuthenticatedUser }>();
    const user = await this.authenticate(request.headers.authorization);
    request.user = user;
    if (!policy || !routeAllows(policy, user)) {
      await checkUserActive(this.dataSource, user);
      throw ApiError.forbidden(
        policy ? `${user.username} may not do this (policy ${name})` : 'This route has no access policy',
      );
    }
    if (('userCheck' in policy ? policy.userCheck : 'guard') === 'guard') await checkUserActive(this.dataSource, user);
    return true;
  }

  private async authenticate(header: string | undefined): Promise<AuthenticatedUser> {
    const [scheme, token] = (header ?? '').split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) throw new ApiError(401, 'A bearer token is required');
    let payload: TokenPayload | undefined = this.verified.get(token);
    if (!payload) {
      let claims: VerifiedClaims;
      try {
        claims = await this.jwt.verifyAsync<VerifiedClaims>(token);
      } catch {
        throw new ApiError(401, 'The token is invalid or expired');
      }
      if (!isTokenPayload(claims)) throw new ApiError(401, 'The token is invalid or expired');
      this.verified.set(token, claims);
      payload = claims;
    }
    return {
      username: payload.sub,
      displayName: payload.name,
      // A copy per request: the cached claims are shared by every request with this token.
      roles: [...(payload.roles ?? [])],
      tokenVersion: payload.tv ?? 0,
    };
  }
}
