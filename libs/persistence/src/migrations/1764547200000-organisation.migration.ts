import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The organisation: a department tree with heads, users in a department, and role grants that
 * may be scoped to a department ("the finance reviewer of this branch"). The old free-text
 * `users.department` stays as a label; each distinct value becomes a top-level department
 * (code `legacy-<n>`, "名称 (Name)" split into both names) and its users are moved into it.
 */
export class Organisation1764547200000 implements MigrationInterface {
  name = 'Organisation1764547200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE departments (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      code varchar(50) NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
      name_zh varchar(100) NOT NULL,
      name_en varchar(100) NOT NULL,
      parent_id uuid REFERENCES departments(id),
      head_user_id uuid REFERENCES users(id),
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      CHECK (parent_id IS NULL OR parent_id <> id))`);
    await q.query(`CREATE INDEX departments_parent_idx ON departments (parent_id)`);
    await q.query(`ALTER TABLE users ADD COLUMN department_id uuid REFERENCES departments(id)`);
    await q.query(`CREATE INDEX users_department_idx ON users (department_id)`);

    await q.query(`INSERT INTO departments (code, name_zh, name_en)
      SELECT 'legacy-' || row_number() OVER (ORDER BY label COLLATE "C"),
             left(COALESCE(NULLIF(trim(substring(label FROM '^(.*?)\\s*\\(')), ''), label), 100),
             left(COALESCE(NULLIF(trim(substring(label FROM '\\(([^()]*)\\)\\s*$')), ''), label), 100)
      FROM (SELECT DISTINCT trim(department) AS label FROM users WHERE trim(COALESCE(department, '')) <> '') d`);
    await q.query(`UPDATE users u SET department_id = d.id FROM departments d
      WHERE d.code LIKE 'legacy-%' AND trim(u.department) IN (d.name_zh, d.name_en,
        d.name_zh || ' (' || d.name_en || ')')`);

    // A surrogate key: the same role may be held globally and in several departments.
    await q.query(`ALTER TABLE user_roles DROP CONSTRAINT user_roles_pkey`);
    await q.query(`ALTER TABLE user_roles
      ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
      ADD COLUMN department_id uuid REFERENCES departments(id) ON DELETE CASCADE`);
    await q.query(`CREATE UNIQUE INDEX user_roles_grant_key
      ON user_roles (user_id, role, COALESCE(department_id, '00000000-0000-0000-0000-000000000000'::uuid))`);
    await q.query(`CREATE INDEX user_roles_role_idx ON user_roles (role)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM user_roles WHERE department_id IS NOT NULL`);
    await q.query(`DROP INDEX IF EXISTS user_roles_role_idx`);
    await q.query(`DROP INDEX IF EXISTS user_roles_grant_key`);
    await q.query(`ALTER TABLE user_roles DROP COLUMN department_id, DROP COLUMN id`);
    await q.query(`ALTER TABLE user_roles ADD PRIMARY KEY (user_id, role)`);
    await q.query(`DROP INDEX IF EXISTS users_department_idx`);
    await q.query(`ALTER TABLE users DROP COLUMN department_id`);
    await q.query(`DROP TABLE departments`);
  }
}
