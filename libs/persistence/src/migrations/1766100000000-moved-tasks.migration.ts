import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A task can end as `moved`: an admin's `@move` (or a version migration) took the instance out of its state. */
export class MovedTasks1766100000000 implements MigrationInterface {
  name = 'MovedTasks1766100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE tasks DROP CONSTRAINT tasks_status_check`);
    await q.query(`ALTER TABLE tasks ADD CONSTRAINT tasks_status_check
      CHECK (status IN ('open', 'done', 'cancelled', 'transferred', 'delegated', 'removed', 'moved'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE tasks DROP CONSTRAINT tasks_status_check`);
    await q.query(`UPDATE tasks SET status = 'cancelled' WHERE status = 'moved'`);
    await q.query(`ALTER TABLE tasks ADD CONSTRAINT tasks_status_check
      CHECK (status IN ('open', 'done', 'cancelled', 'transferred', 'delegated', 'removed'))`);
  }
}
