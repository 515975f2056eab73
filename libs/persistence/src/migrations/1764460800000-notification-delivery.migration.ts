import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications become readable and deliverable: one row per recipient user (`recipient` a
 * username, `target` the definition's original `to`), a read time, the users' email address and
 * language, and the delivery outbox the step writes in its own statement when a channel is on.
 * Rows written before this held the raw `to` as recipient: they are resolved the same way.
 */
export class NotificationDelivery1764460800000 implements MigrationInterface {
  name = 'NotificationDelivery1764460800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users
      ADD COLUMN email varchar(254),
      ADD COLUMN locale varchar(8) CHECK (locale IN ('zh', 'en'))`);
    await q.query(`ALTER TABLE notifications ADD COLUMN target varchar(200), ADD COLUMN read_at timestamptz(3)`);
    // Older rows: a role fans out to its active members, the other forms name one user.
    await q.query(`INSERT INTO notifications (id, instance_id, seq, recipient, target, message, data, created_at)
      SELECT gen_random_uuid(), n.instance_id, n.seq, u.username, n.recipient, n.message, n.data, n.created_at
      FROM notifications n JOIN user_roles r ON r.role = substr(n.recipient, 6) JOIN users u ON u.id = r.user_id
      WHERE n.target IS NULL AND n.recipient LIKE 'role:%' AND u.active`);
    await q.query(`UPDATE notifications n SET target = n.recipient, recipient = COALESCE(
        CASE
          WHEN n.recipient = 'starter' THEN i.started_by
          WHEN n.recipient = 'starter.manager' THEN
            (SELECT m.username FROM users s JOIN users m ON m.id = s.manager_id WHERE s.username = i.started_by)
          WHEN n.recipient LIKE 'user:%' THEN substr(n.recipient, 6)
        END, '')
      FROM instances i WHERE i.id = n.instance_id AND n.target IS NULL AND n.recipient NOT LIKE 'role:%'`);
    await q.query(`DELETE FROM notifications WHERE target IS NULL OR recipient = ''`);
    await q.query(`ALTER TABLE notifications ALTER COLUMN target SET NOT NULL`);
    await q.query(`CREATE INDEX notifications_recipient_idx ON notifications (recipient, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX notifications_unread_idx ON notifications (recipient) WHERE read_at IS NULL`);

    await q.query(`CREATE TABLE notification_deliveries (
      id uuid PRIMARY KEY,
      notification_id uuid NOT NULL REFERENCES notifications(id),
      channel varchar(16) NOT NULL CHECK (channel IN ('webhook', 'email')),
      status varchar(16) NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
      attempts integer NOT NULL DEFAULT 0,
      next_attempt_at timestamptz(3) NOT NULL,
      last_error text,
      delivered_at timestamptz(3),
      created_at timestamptz(3) NOT NULL,
      UNIQUE (notification_id, channel))`);
    await q.query(
      `CREATE INDEX notification_deliveries_due_idx ON notification_deliveries (next_attempt_at) WHERE status = 'pending'`,
    );
    await q.query(
      `CREATE INDEX notification_deliveries_status_idx ON notification_deliveries (status, created_at DESC, id DESC)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS notification_deliveries`);
    await q.query(`DROP INDEX IF EXISTS notifications_unread_idx`);
    await q.query(`DROP INDEX IF EXISTS notifications_recipient_idx`);
    await q.query(`ALTER TABLE notifications DROP COLUMN read_at, DROP COLUMN target`);
    await q.query(`ALTER TABLE users DROP COLUMN locale, DROP COLUMN email`);
  }
}
