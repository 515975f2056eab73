import { Inject, Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { ProblemContract, RoleInfo, ScopedRole, User, UserList } from '@liucheng/contracts';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ApiError } from '../common/api-error';
import { CLOCK, type Clock } from '../common/clock';
import { inTransaction, rows, type Tx } from '../common/transaction';
import { maySetPassword } from '../policies/password.policy';
import { hasAnyRole } from '../policies/roles';
import type { CreateUserDto } from './dto/create-user.dto';
import type { UpdateUserDto } from './dto/update-user.dto';
import { passwordProblems, usernameProblems } from './password-rules';
import { roleCombinationProblems } from './role-rules';
import { scopedRoleProblems } from './scoped-role-rules';
import { USER_COLUMNS, toUser, type UserRow } from './user.mapper';

function invalid(problems: ProblemContract[], reason?: string): ApiError {
  return ApiError.unprocessable(`Invalid user: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`, {
    ...(reason ? { reason } : {}),
    errors: problems,
  });
}

/** 422 `role-not-scopable` when a system role is to be held in one department. */
function assertScopable(grants: readonly { role: string }[] | undefined): void {
  const problems = scopedRoleProblems(grants ?? []);
  if (problems.length) throw invalid(problems, 'role-not-scopable');
}

/** 422 `auditor-exclusive` when the roles mix a read-only role with another. */
function assertRoleCombination(roles: readonly string[]): void {
  const problems = roleCombinationProblems(roles);
  if (problems.length) throw invalid(problems, 'auditor-exclusive');
}

/** Users and roles. Passwords are argon2id hashes that never leave this service. */
@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async list(): Promise<UserList> {
    const found = await rows<UserRow>(this.dataSource, `SELECT ${USER_COLUMNS} FROM users u ORDER BY u.username`);
    return { items: found.map(toUser) };
  }

  async get(username: string, q: Tx | DataSource = this.dataSource): Promise<User> {
    const [row] = await rows<UserRow>(q, `SELECT ${USER_COLUMNS} FROM users u WHERE u.username = $1`, [username]);
    if (!row) throw ApiError.notFound(`User ${username} does not exist`);
    return toUser(row);
  }

  async roles(): Promise<RoleInfo[]> {
    const found = await rows<{ name: string; title_zh: string; title_en: string }>(
      this.dataSource,
      `SELECT name, title_zh, title_en FROM roles ORDER BY name`,
    );
    return found.map((r) => ({ name: r.name, title: { zh: r.title_zh, en: r.title_en } }));
  }

  /** Creates an active user; 409 when the username is taken, 422 naming the field otherwise. */
  async create(dto: CreateUserDto): Promise<User> {
    const problems = [...usernameProblems(dto.username), ...passwordProblems(dto.password, dto.username)];
    if (problems.length) throw invalid(problems);
    assertScopable(dto.scopedRoles);
    assertRoleCombination([...dto.roles, ...(dto.scopedRoles ?? []).map((g) => g.role)]);
    const passwordHash = await hash(dto.password);
    return inTransaction(this.dataSource, async (q) => {
      await this.checkRoles(q, dto.roles);
      if (dto.scopedRoles) await this.checkScopedRoles(q, dto.scopedRoles);
      if (dto.departmentId) await this.checkDepartment(q, dto.departmentId);
      const managerId = dto.manager ? await this.managerId(q, dto.manager) : null;
      const inserted = await rows(
        q,
        `INSERT INTO users (id, username, display_name, display_name_en, password_hash, active, department, manager_id, created_at,
           email, locale, department_id)
         VALUES ($1, $2, $3, $4, $5, true, $6, $7, $8, $9, $10, $11) ON CONFLICT (username) DO NOTHING RETURNING 1`,
        [
          randomUUID(),
          dto.username,
          dto.displayName,
          dto.displayNameEn ?? null,
          passwordHash,
          dto.department ?? null,
          managerId,
          this.clock().toISOString(),
          dto.email ?? null,
          dto.locale ?? null,
          dto.departmentId ?? null,
        ],
      );
      if (inserted.length === 0) throw ApiError.conflict(`User ${dto.username} already exists`);
      await this.replaceRoles(q, dto.username, dto.roles);
      if (dto.scopedRoles) await this.replaceScopedRoles(q, dto.username, dto.scopedRoles);
      return this.get(dto.username, q);
    });
  }

  /**
   * Changes the fields sent. Changing the roles or deactivating bumps the token version, so the
   * user's tokens stop working at once (the next login carries the new roles). Admins cannot
   * deactivate themselves or drop their own admin role (no lock-out).
   */
  async update(username: string, dto: UpdateUserDto, actor: AuthenticatedUser): Promise<User> {
    return inTransaction(this.dataSource, async (q) => {
      const [current] = await rows<{ id: string }>(q, `SELECT id FROM users WHERE username = $1 FOR UPDATE`, [
        username,
      ]);
      if (!current) throw ApiError.notFound(`User ${username} does not exist`);
      if (username === actor.username && dto.active === false)
        throw invalid([{ path: '/active', message: 'you cannot deactivate yourself' }]);
      if (username === actor.username && dto.roles && !dto.roles.includes('admin') && hasAnyRole(actor, ['admin']))
        throw invalid([{ path: '/roles', message: 'you cannot remove your own admin role' }]);
      const sets: string[] = [];
      const params: unknown[] = [current.id];
      const set = (column: string, value: unknown) => {
        params.push(value);
        sets.push(`${column} = $${params.length}`);
      };
      if (dto.displayName !== undefined) set('display_name', dto.displayName);
      if (dto.displayNameEn !== undefined) set('display_name_en', dto.displayNameEn);
      if (dto.department !== undefined) set('department', dto.department);
      if (dto.departmentId !== undefined) {
        if (dto.departmentId !== null) await this.checkDepartment(q, dto.departmentId);
        set('department_id', dto.departmentId);
      }
      if (dto.manager !== undefined) {
        if (dto.manager === username) throw invalid([{ path: '/manager', message: 'a user cannot manage themselves' }]);
        set('manager_id', dto.manager === null ? null : await this.managerId(q, dto.manager));
      }
      if (dto.active !== undefined) set('active', dto.active);
      if (dto.email !== undefined) set('email', dto.email);
      if (dto.locale !== undefined) set('locale', dto.locale);
      assertScopable(dto.scopedRoles);
      if (dto.roles || dto.scopedRoles) {
        // The combination rule looks at every role the user will hold, global or scoped.
        const kept =
          dto.roles && dto.scopedRoles
            ? []
            : await rows<{ role: string }>(
                q,
                `SELECT role FROM user_roles WHERE user_id = $1 AND (department_id IS NULL) = $2`,
                [current.id, dto.roles === undefined],
              );
        assertRoleCombination([
          ...(dto.roles ?? []),
          ...(dto.scopedRoles ?? []).map((g) => g.role),
          ...kept.map((r) => r.role),
        ]);
      }
      if (dto.roles) {
        await this.checkRoles(q, dto.roles);
        await this.replaceRoles(q, username, dto.roles);
      }
      if (dto.scopedRoles) {
        await this.checkScopedRoles(q, dto.scopedRoles);
        await this.replaceScopedRoles(q, username, dto.scopedRoles);
      }
      if (dto.roles || dto.scopedRoles || dto.active === false) sets.push('token_version = token_version + 1');
      if (sets.length) await q.query(`UPDATE users SET ${sets.join(', ')} WHERE id = $1`, params);
      return this.get(username, q);
    });
  }

  /**
   * Sets a password: admins for anyone else; everyone for themselves with the current password.
   * Revokes the user's tokens (sign in again with the new password).
   */
  async setPassword(
    username: string,
    password: string,
    currentPassword: string | undefined,
    actor: AuthenticatedUser,
  ): Promise<void> {
    const own = username === actor.username;
    if (!maySetPassword(actor, username))
      throw ApiError.forbidden('Only admins (not holding auditor) may set another user’s password');
    const [row] = await rows<{ password_hash: string }>(
      this.dataSource,
      `SELECT password_hash FROM users WHERE username = $1`,
      [username],
    );
    if (!row) throw ApiError.notFound(`User ${username} does not exist`);
    if (own) {
      const ok = currentPassword !== undefined && (await verify(row.password_hash, currentPassword).catch(() => false));
      if (!ok) throw invalid([{ path: '/currentPassword', message: 'is not your current password' }]);
    }
    const problems = passwordProblems(password, username);
    if (problems.length) throw invalid(problems);
    await this.dataSource.query(
      `UPDATE users SET password_hash = $2, token_version = token_version + 1 WHERE username = $1`,
      [username, await hash(password)],
    );
  }

  /** 422 naming `/roles/<i>` for the first role that does not exist. */
  private async checkRoles(q: Tx, roles: string[]): Promise<void> {
    const known = new Set(
      (await rows<{ name: string }>(q, `SELECT name FROM roles WHERE name = ANY($1::text[])`, [roles])).map(
        (r) => r.name,
      ),
    );
    const problems = roles.flatMap((role, i) =>
      known.has(role) ? [] : [{ path: `/roles/${i}`, message: `unknown role "${role}"` }],
    );
    if (problems.length) throw invalid(problems);
  }

  /** 422 naming `/scopedRoles/<i>/role` or `/scopedRoles/<i>/departmentId` for what does not exist. */
  private async checkScopedRoles(q: Tx, grants: ScopedRole[]): Promise<void> {
    const [known] = await rows<{ roles: string[]; departments: string[] }>(
      q,
      `SELECT array(SELECT name FROM roles WHERE name = ANY($1::text[])) AS roles,
              array(SELECT id::text FROM departments WHERE id = ANY($2::uuid[])) AS departments`,
      [grants.map((g) => g.role), grants.map((g) => g.departmentId.toLowerCase())],
    );
    const problems = grants.flatMap((g, i) => [
      ...(known.roles.includes(g.role)
        ? []
        : [{ path: `/scopedRoles/${i}/role`, message: `unknown role "${g.role}"` }]),
      ...(known.departments.includes(g.departmentId.toLowerCase())
        ? []
        : [{ path: `/scopedRoles/${i}/departmentId`, message: 'unknown department' }]),
    ]);
    if (problems.length) throw invalid(problems);
  }

  private async checkDepartment(q: Tx, departmentId: string): Promise<void> {
    const found = await rows(q, `SELECT 1 FROM departments WHERE id = $1`, [departmentId]);
    if (found.length === 0) throw invalid([{ path: '/departmentId', message: 'unknown department' }]);
  }

  /** Replaces the grants held in a department; the global ones stay. */
  private async replaceScopedRoles(q: Tx, username: string, grants: ScopedRole[]): Promise<void> {
    await q.query(
      `DELETE FROM user_roles WHERE user_id = (SELECT id FROM users WHERE username = $1) AND department_id IS NOT NULL`,
      [username],
    );
    await q.query(
      `INSERT INTO user_roles (user_id, role, department_id)
       SELECT u.id, g.role, g.department_id FROM users u, unnest($2::text[], $3::uuid[]) AS g(role, department_id)
       WHERE u.username = $1 ON CONFLICT DO NOTHING`,
      [username, grants.map((g) => g.role), grants.map((g) => g.departmentId)],
    );
  }

  /** Replaces the grants held everywhere; the department-scoped ones stay. */
  private async replaceRoles(q: Tx, username: string, roles: string[]): Promise<void> {
    await q.query(
      `DELETE FROM user_roles WHERE user_id = (SELECT id FROM users WHERE username = $1) AND department_id IS NULL`,
      [username],
    );
    await q.query(
      `INSERT INTO user_roles (user_id, role) SELECT u.id, r FROM users u, unnest($2::text[]) r WHERE u.username = $1
       ON CONFLICT DO NOTHING`,
      [username, roles],
    );
  }

  private async managerId(q: Tx, manager: string): Promise<string> {
    const [row] = await rows<{ id: string }>(q, `SELECT id FROM users WHERE username = $1`, [manager]);
    if (!row) throw invalid([{ path: '/manager', message: `unknown user "${manager}"` }]);
    return row.id;
  }
}
