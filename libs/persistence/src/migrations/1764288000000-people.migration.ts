import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People: an English display name, a token version (bumped on deactivation, role
 * and password changes, so issued tokens stop working everywhere at once) and a creation
 * time on users; indexes for the inbox sorted by due time and for the instance read rule.
 */
export class People1764288000000 implements MigrationInterface {
  name = 'People1764288000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users
      ADD COLUMN display_name_en text,
      ADD COLUMN token_version integer NOT NULL DEFAULT 0,
      ADD COLUMN created_at timestamptz(3) NOT NULL DEFAULT now()`);
    await q.query(`CREATE INDEX users_manager_idx ON users (manager_id)`);
    await q.query(`CREATE INDEX tasks_open_due_idx ON tasks (due_at) WHERE status = 'open'`);
    await q.query(`CREATE INDEX tasks_completed_by_idx ON tasks (completed_by) WHERE completed_by IS NOT NULL`);
    // The instance read rule looks at every task of an instance, and at what a user started.
    await q.query(`CREATE INDEX tasks_instance_idx ON tasks (instance_id)`);
    await q.query(`CREATE INDEX instances_started_by_idx ON instances (started_by, created_at DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS instances_started_by_idx`);
    await q.query(`DROP INDEX IF EXISTS tasks_instance_idx`);
    await q.query(`DROP INDEX IF EXISTS tasks_completed_by_idx`);
    await q.query(`DROP INDEX IF EXISTS tasks_open_due_idx`);
    await q.query(`DROP INDEX IF EXISTS users_manager_idx`);
    await q.query(`ALTER TABLE users DROP COLUMN created_at, DROP COLUMN token_version, DROP COLUMN display_name_en`);
  }
}
