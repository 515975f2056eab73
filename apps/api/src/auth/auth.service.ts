import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { verify } from '@node-rs/argon2';
import { DataSource } from 'typeorm';
import type { LoginResponse } from '@liucheng/contracts';
import { ApiError } from '../common/api-error';
import type { TokenPayload } from './token-payload';

interface LoginRow {
  username: string;
  display_name: string;
  password_hash: string;
  active: boolean;
  roles: string[];
}

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
  ) {}

  /** Checks the password (argon2) and issues a bearer token; any mismatch is the same 401. */
  async login(username: string, password: string): Promise<LoginResponse> {
    const [user] = (await this.dataSource.query(
      `SELECT u.username, u.display_name, u.password_hash, u.active,
              COALESCE(array(SELECT r.role FROM user_roles r WHERE r.user_id = u.id ORDER BY r.role), '{}') AS roles
         FROM users u WHERE u.username = $1`,
      [username],
    )) as LoginRow[];
    const valid = user?.active === true && (await verify(user.password_hash, password).catch(() => false));
    if (!user || !valid) throw new ApiError(401, 'Invalid username or password');
    const payload: TokenPayload = { sub: user.username, name: user.display_name, roles: user.roles };
    return {
      accessToken: await this.jwt.signAsync(payload),
      user: { username: user.username, displayName: user.display_name, roles: user.roles },
    };
  }
}
