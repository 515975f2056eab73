import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Attachments (invoice photos, contracts): the bytes live in the database by default, so PGlite
 * and PostgreSQL behave alike. `instance_id` and `seq` stay NULL until an event's data
 * references the attachment; then they name the history entry that bound it (and whose hash
 * covers its sha256). Unbound rows older than a day are cleaned up, hence the partial index.
 */
export class Attachments1764633600000 implements MigrationInterface {
  name = 'Attachments1764633600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE attachments (
      id uuid PRIMARY KEY,
      sha256 char(64) NOT NULL,
      filename text NOT NULL,
      content_type varchar(200) NOT NULL,
      size integer NOT NULL CHECK (size > 0),
      content bytea,
      uploaded_by varchar(100) NOT NULL,
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      instance_id uuid REFERENCES instances(id),
      seq integer,
      CHECK ((instance_id IS NULL) = (seq IS NULL)))`);
    await q.query(
      `CREATE INDEX attachments_instance_idx ON attachments (instance_id, seq) WHERE instance_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX attachments_unbound_idx ON attachments (created_at) WHERE instance_id IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS attachments`);
  }
}
