import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Approval tasks: one task per approver slot (`slot`, `<round>.<n>` of the instance's approval
 * record), the approver a proxy holds it for (`on_behalf_of`, until `proxy_until`), the approver
 * a delegated task returns to (`delegated_by`), and the ways a slot's task can end besides done
 * and cancelled: transferred (转办), delegated (委派), removed (减签).
 */
export class ApprovalTasks1764892800000 implements MigrationInterface {
  name = 'ApprovalTasks1764892800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE tasks
      ADD COLUMN slot varchar(20),
      ADD COLUMN on_behalf_of varchar(100),
      ADD COLUMN proxy_until timestamptz(3),
      ADD COLUMN delegated_by varchar(100)`);
    await q.query(`ALTER TABLE tasks DROP CONSTRAINT tasks_status_check`);
    await q.query(`ALTER TABLE tasks ADD CONSTRAINT tasks_status_check
      CHECK (status IN ('open', 'done', 'cancelled', 'transferred', 'delegated', 'removed'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE tasks DROP CONSTRAINT tasks_status_check`);
    await q.query(`UPDATE tasks SET status = 'cancelled' WHERE status IN ('transferred', 'delegated', 'removed')`);
    await q.query(
      `ALTER TABLE tasks ADD CONSTRAINT tasks_status_check CHECK (status IN ('open', 'done', 'cancelled'))`,
    );
    await q.query(`ALTER TABLE tasks DROP COLUMN slot, DROP COLUMN on_behalf_of, DROP COLUMN proxy_until,
      DROP COLUMN delegated_by`);
  }
}
