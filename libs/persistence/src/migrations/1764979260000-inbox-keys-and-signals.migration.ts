import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Business keys and live notification signals.
 * - `business_key_counters`: the `{seq}` of a `meta.businessKey` template, one row per definition
 *   and Asia/Shanghai day. A start takes the next number with one upsert in its own transaction,
 *   so concurrent starts queue on the row lock and never share a number.
 * - Statement triggers on `notifications` send `pg_notify('liucheng_notifications', recipient)`
 *   once per recipient when notifications are written or read, so every API process (LISTEN)
 *   can push the new unread count to that user's open pages. NOTIFY is delivered at COMMIT only.
 */
export class InboxKeysAndSignals1764979260000 implements MigrationInterface {
  name = 'InboxKeysAndSignals1764979260000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE business_key_counters (
      definition_key varchar(100) NOT NULL,
      day date NOT NULL,
      seq integer NOT NULL,
      PRIMARY KEY (definition_key, day))`);
    await q.query(`CREATE FUNCTION notifications_signal() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('liucheng_notifications', r.recipient) FROM (SELECT DISTINCT recipient FROM changed) r;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER notifications_signal_insert AFTER INSERT ON notifications
      REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION notifications_signal()`);
    await q.query(`CREATE TRIGGER notifications_signal_update AFTER UPDATE ON notifications
      REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION notifications_signal()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS notifications_signal_update ON notifications`);
    await q.query(`DROP TRIGGER IF EXISTS notifications_signal_insert ON notifications`);
    await q.query(`DROP FUNCTION IF EXISTS notifications_signal()`);
    await q.query(`DROP TABLE IF EXISTS business_key_counters`);
  }
}
