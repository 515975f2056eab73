import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 抄送 CC: one row per recipient user of a `cc` effect, written in the step's own statement and
 * tied to its history entry (`seq`). The unique key holds one row per step, state and recipient,
 * so a step written twice cannot double a copy; it also serves "is a cc recipient of this
 * instance" (the instance read rule). The second index serves the 抄送我的 inbox, newest first.
 */
export class CcItems1764720000000 implements MigrationInterface {
  name = 'CcItems1764720000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE cc_items (
      id uuid PRIMARY KEY,
      instance_id uuid NOT NULL REFERENCES instances(id),
      seq integer NOT NULL,
      definition_key varchar(100) NOT NULL,
      state_path text NOT NULL,
      recipient varchar(100) NOT NULL,
      sent_by varchar(100) NOT NULL,
      comment text,
      created_at timestamptz(3) NOT NULL,
      read_at timestamptz(3),
      UNIQUE (instance_id, recipient, seq, state_path))`);
    await q.query(`CREATE INDEX cc_items_inbox_idx ON cc_items (recipient, read_at, created_at DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS cc_items`);
  }
}
