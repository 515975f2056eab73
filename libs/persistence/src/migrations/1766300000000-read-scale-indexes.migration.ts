import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the read side at a million instances (bench/read-scale.bench.mjs, bench/README.md).
 * - `tasks_claimable_roles_idx`: the claimable inbox and the read rule ask for open, unassigned
 *   tasks sharing a role; the open-tasks GIN index also holds every assigned task of a common role
 *   (`staff`), which were fetched and thrown away.
 * - `tasks_assignee_created_idx`, `tasks_completed_by_other_idx`: "mine" reads each half (assigned
 *   to me / completed by me while assigned to someone else) in the inbox's order and stops at the
 *   page. Most tasks are completed by their assignee, so the second index holds only the others
 *   (a full `completed_by` index made a busy user's "done" list walk all of their tasks to find
 *   none). They replace the `(assignee, status)` and `(completed_by)` indexes: the id lists of the
 *   read rule and the participant filter are written as the same two halves.
 * - `cc_items_recipient_created_idx`: 抄送我的 with every status, newest first; the inbox index puts
 *   `read_at` before the date, so the whole list was sorted.
 */
export class ReadScaleIndexes1766300000000 implements MigrationInterface {
  name = 'ReadScaleIndexes1766300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX tasks_claimable_roles_idx ON tasks USING gin (candidate_roles) WHERE status = 'open' AND assignee IS NULL`,
    );
    await q.query(`CREATE INDEX tasks_assignee_created_idx ON tasks (assignee, status, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX tasks_completed_by_other_idx ON tasks (completed_by, status, created_at DESC, id DESC)
      WHERE completed_by IS DISTINCT FROM assignee`);
    await q.query(`DROP INDEX tasks_assignee_idx`);
    await q.query(`DROP INDEX tasks_completed_by_idx`);
    await q.query(`CREATE INDEX cc_items_recipient_created_idx ON cc_items (recipient, created_at DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX cc_items_recipient_created_idx`);
    await q.query(`CREATE INDEX tasks_completed_by_idx ON tasks (completed_by) WHERE completed_by IS NOT NULL`);
    await q.query(`CREATE INDEX tasks_assignee_idx ON tasks (assignee, status)`);
    await q.query(`DROP INDEX tasks_completed_by_other_idx`);
    await q.query(`DROP INDEX tasks_assignee_created_idx`);
    await q.query(`DROP INDEX tasks_claimable_roles_idx`);
  }
}
