import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the auditor's instance search.
 * - `instance_events_actor_idx`: "participant" looks for any history entry by a user; without it
 *   every search by participant reads the whole history table.
 * - `instances_status_idx`: status with the list's keyset order, so a status filter pages by index.
 * A data-field comparison (`field=amount&op=gt`) has no general index: the path is the searcher's.
 */
export class InstanceSearch1765400000000 implements MigrationInterface {
  name = 'InstanceSearch1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX instance_events_actor_idx ON instance_events (actor, instance_id)`);
    await q.query(`CREATE INDEX instances_status_idx ON instances (status, created_at DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX instances_status_idx`);
    await q.query(`DROP INDEX instance_events_actor_idx`);
  }
}
