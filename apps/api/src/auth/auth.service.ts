import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { hash, verify } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { LoginResponse } from '@liucheng/contracts';
import { ApiError } from '../common/api-error';
import type { TokenPayload } from './token-payload';

interface LoginRow {
  username: string;
  display_name: string;
  password_hash: string;
  active: boolean;
  token_version: number;
  roles: string[];
}

@Injectable()
export class AuthService {
  /** Verified for unknown usernames, so that answer takes as long as a wrong password. */
  private readonly dummyHash = hash(randomBytes(16).toString('hex'));

  constructor(
    private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
  ) {}

  /**
   * Checks the password (argon2) and issues a bearer token carrying the roles and the token
   * version read now; a deactivated user, a wrong password and an unknown user are the same 401.
   */
  async login(username: string, password: string): Promise<LoginResponse> {
    const [user] = (await this.dataSource.query(
      `SELECT u.username, u.display_name, u.password_hash, u.active, u.token_version,
              COALESCE(array(SELECT DISTINCT r.role FROM user_roles r WHERE r.user_id = u.id ORDER BY r.role), '{}') AS roles
         FROM users u WHERE u.username = $1`,
      [username],
    )) as LoginRow[];
    const valid = await verify(user?.password_hash ?? (await this.dummyHash), password).catch(() => false);
    if (!user || !valid || user.active !== true) throw new ApiError(401, 'Invalid username or password');
    const payload: TokenPayload = {
      sub: user.username,
      name: user.display_name,
      roles: user.roles,
      tv: user.token_version,
    };
    return {
      accessToken: await this.jwt.signAsync(payload),
      user: { username: user.username, displayName: user.display_name, roles: user.roles },
    };
  }
}
