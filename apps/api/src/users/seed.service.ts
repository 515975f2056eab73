import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { hash } from '@node-rs/argon2';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Database } from '@liucheng/persistence';
import { DEMO_DEPARTMENTS, DEMO_USERS, ROLES } from '@liucheng/workflows';
import { APP_OPTIONS, type AppOptions } from '../app/app-options';
import { DATABASE } from '../database/database.module';
import { DEMO_PASSWORD, demoEmail } from './demo-users.data';

/**
 * Roles are reference data and always present. Demo users only on the embedded database or
 * with `LIUCHENG_DEMO=1`; inserts are idempotent so several processes may start together.
 */
@Injectable()
export class SeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('SeedService');

  constructor(
    private readonly dataSource: DataSource,
    @Inject(DATABASE) private readonly database: Database,
    @Inject(APP_OPTIONS) private readonly options: AppOptions,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.seedRoles();
    if (this.database.embedded || this.options.demo || process.env.LIUCHENG_DEMO === '1') await this.seedDemoUsers();
  }

  private async seedRoles(): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO roles (name, title_zh, title_en) SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) ON CONFLICT (name) DO NOTHING`,
      [ROLES.map((r) => r.name), ROLES.map((r) => r.zh), ROLES.map((r) => r.en)],
    );
  }

  private async seedDemoUsers(): Promise<void> {
    const existing = (await this.dataSource.query(`SELECT username FROM users WHERE username = ANY($1)`, [
      DEMO_USERS.map((u) => u.username),
    ])) as {
      username: string;
    }[];
    const missing = DEMO_USERS.filter((u) => !existing.some((e) => e.username === u.username));
    await this.completeOlderDemoUsers();
    await this.giveOlderDemoUsersEmail();
    if (missing.length === 0) return this.seedDemoDepartments();
    const passwordHash = await hash(DEMO_PASSWORD);
    for (const user of missing) {
      await this.dataSource.query(
        `INSERT INTO users (id, username, display_name, display_name_en, password_hash, active, department, manager_id, email)
         VALUES ($1, $2, $3, $4, $5, true, $6, (SELECT id FROM users WHERE username = $7), $8)
         ON CONFLICT (username) DO NOTHING`,
        [
          randomUUID(),
          user.username,
          user.displayName,
          user.displayNameEn,
          passwordHash,
          user.department,
          user.manager ?? null,
          demoEmail(user.username),
        ],
      );
    }
    await this.seedDemoDepartments();
    for (const user of missing) {
      for (const grant of user.roles ?? [{ role: user.username }])
        await this.dataSource.query(
          `INSERT INTO user_roles (user_id, role, department_id)
           SELECT id, $2, (SELECT d.id FROM departments d WHERE d.code = $3) FROM users WHERE username = $1
           ON CONFLICT DO NOTHING`,
          [user.username, grant.role, grant.department ?? null],
        );
    }
    this.logger.log(`Seeded demo users: ${missing.map((u) => u.username).join(', ')}`);
  }

  /**
   * Demo users seeded before email existed get their address once (a marker row in app_settings),
   * so an address an admin cleared later stays cleared.
   */
  private async giveOlderDemoUsersEmail(): Promise<void> {
    await this.dataSource.query(
      `WITH marker AS (
         INSERT INTO app_settings (key, value) VALUES ('demo_emails_seeded', '1') ON CONFLICT (key) DO NOTHING RETURNING 1
       )
       UPDATE users u SET email = d.email FROM unnest($1::text[], $2::text[]) AS d(username, email)
       WHERE u.username = d.username AND u.email IS NULL AND EXISTS (SELECT 1 FROM marker)`,
      [DEMO_USERS.map((u) => u.username), DEMO_USERS.map((u) => demoEmail(u.username))],
    );
  }

  /**
   * The demo departments (parents before children, heads by username), then every demo user
   * not yet placed — or only placed in a department made from an old free-text label — in theirs.
   */
  private async seedDemoDepartments(): Promise<void> {
    for (const d of DEMO_DEPARTMENTS) {
      await this.dataSource.query(
        `INSERT INTO departments (code, name_zh, name_en, parent_id, head_user_id)
         VALUES ($1, $2, $3, (SELECT id FROM departments WHERE code = $4), (SELECT id FROM users WHERE username = $5))
         ON CONFLICT (code) DO NOTHING`,
        [d.code, d.zh, d.en, d.parent ?? null, d.head ?? null],
      );
    }
    await this.dataSource.query(
      `UPDATE users u SET department_id = d.id
       FROM unnest($1::text[], $2::text[]) AS x(username, code) JOIN departments d ON d.code = x.code
       WHERE u.username = x.username
         AND (u.department_id IS NULL OR u.department_id IN (SELECT id FROM departments WHERE code LIKE 'legacy-%'))`,
      [DEMO_USERS.map((u) => u.username), DEMO_USERS.map((u) => u.departmentCode)],
    );
  }

  /** Demo users seeded before English names existed get their names, departments and managers once. */
  private async completeOlderDemoUsers(): Promise<void> {
    await this.dataSource.query(
      `UPDATE users u SET display_name_en = d.en, department = d.department,
         manager_id = COALESCE(u.manager_id, (SELECT m.id FROM users m WHERE m.username = d.manager))
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS d(username, en, department, manager)
       WHERE u.username = d.username AND u.display_name_en IS NULL`,
      [
        DEMO_USERS.map((u) => u.username),
        DEMO_USERS.map((u) => u.displayNameEn),
        DEMO_USERS.map((u) => u.department),
        DEMO_USERS.map((u) => u.manager ?? null),
      ],
    );
  }
}
