import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The inbox reads its lists in pages in the order it shows them (`GET /api/tasks?sort=`):
 * open work soonest due first, done work most recently completed first. Each index serves one
 * half of a list in that order, so a page of a user with thousands of tasks reads a page's rows,
 * not all of them; the partial predicates keep done tasks out of the open indexes and back.
 */
export class InboxOrderIndexes1766700000000 implements MigrationInterface {
  name = 'InboxOrderIndexes1766700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX tasks_open_assignee_due_idx ON tasks
                     (assignee, due_at ASC NULLS LAST, created_at DESC, id DESC) WHERE status = 'open'`);
    await q.query(`CREATE INDEX tasks_claimable_due_idx ON tasks
                     (due_at ASC NULLS LAST, created_at DESC, id DESC) WHERE status = 'open' AND assignee IS NULL`);
    await q.query(`CREATE INDEX tasks_done_assignee_completed_idx ON tasks
                     (assignee, completed_at DESC NULLS LAST, id DESC) WHERE status = 'done'`);
    await q.query(`CREATE INDEX tasks_done_completer_completed_idx ON tasks
                     (completed_by, completed_at DESC NULLS LAST, id DESC)
                     WHERE status = 'done' AND completed_by IS DISTINCT FROM assignee`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX tasks_done_completer_completed_idx`);
    await q.query(`DROP INDEX tasks_done_assignee_completed_idx`);
    await q.query(`DROP INDEX tasks_claimable_due_idx`);
    await q.query(`DROP INDEX tasks_open_assignee_due_idx`);
  }
}
