import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `audit_checkpoints.leaves_pruned_at`: when the retention dropped an old, unsigned checkpoint's
 * leaves (one row per instance per checkpoint would grow without bound). Its header stays in
 * the chain; the latest checkpoints and every signed one keep their leaves.
 */
export class CheckpointLeafRetention1766400000000 implements MigrationInterface {
  name = 'CheckpointLeafRetention1766400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_checkpoints ADD COLUMN leaves_pruned_at timestamptz(3)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_checkpoints DROP COLUMN leaves_pruned_at`);
  }
}
