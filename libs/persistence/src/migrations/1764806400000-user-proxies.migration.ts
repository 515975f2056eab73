import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 代理: a principal names a proxy for a time range; new approval tasks of the principal go to the
 * proxy while it holds. Ranges are half-open `[starts_at, ends_at)`. A cancelled row stays (who
 * stood in for whom is part of the record) with `cancelled_at` set. Overlaps and loops are
 * checked by the API under a lock of the principal's user row, not by a constraint (an
 * exclusion constraint would need btree_gist, which the embedded database does not load).
 */
export class UserProxies1764806400000 implements MigrationInterface {
  name = 'UserProxies1764806400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE user_proxies (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      principal_user_id uuid NOT NULL REFERENCES users(id),
      proxy_user_id uuid NOT NULL REFERENCES users(id),
      starts_at timestamptz(3) NOT NULL,
      ends_at timestamptz(3) NOT NULL,
      reason text CHECK (char_length(reason) <= 500),
      created_by varchar(100) NOT NULL,
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      cancelled_at timestamptz(3),
      CHECK (starts_at < ends_at),
      CHECK (principal_user_id <> proxy_user_id))`);
    await q.query(`CREATE INDEX user_proxies_principal_idx ON user_proxies (principal_user_id, ends_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS user_proxies`);
  }
}
