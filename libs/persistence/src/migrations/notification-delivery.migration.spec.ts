// The notification migration on a database that already holds notifications of the old shape
// (the raw `to` as recipient): run from scratch in a schema of its own, in a transaction rolled back.
import { DataSource, type QueryRunner } from 'typeorm';
import { InitialSchema1764201600000 } from './1764201600000-initial-schema.migration';
import { People1764288000000 } from './1764288000000-people.migration';
import { NotificationDelivery1764460800000 } from './1764460800000-notification-delivery.migration';

describe('NotificationDelivery migration', () => {
  let dataSource: DataSource;
  let q: QueryRunner;

  beforeAll(async () => {
    dataSource = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL, entities: [], extra: { max: 1 } });
    await dataSource.initialize();
    q = dataSource.createQueryRunner();
    await q.startTransaction();
    const schema = `migration_${process.pid}_${Date.now().toString(36)}`;
    await q.query(`CREATE SCHEMA ${schema}`);
    await q.query(`SET LOCAL search_path TO ${schema}`);
    await new InitialSchema1764201600000().up(q);
    await new People1764288000000().up(q);
  });
  afterAll(async () => {
    await q?.rollbackTransaction();
    await q?.release();
    await dataSource?.destroy();
  });

  it('resolves old rows to their users, fans a role out to its active members, and drops what names nobody', async () => {
    const user = (id: number, username: string, manager: number | null, active = true) =>
      q.query(
        `INSERT INTO users (id, username, display_name, password_hash, active, manager_id) VALUES ($1, $2::varchar, $2::text, 'x', $3, $4)`,
        [uuid(id), username, active, manager === null ? null : uuid(manager)],
      );
    await q.query(`INSERT INTO roles (name, title_zh, title_en) VALUES ('legal', '法务', 'Legal')`);
    await user(1, 'boss', null);
    await user(2, 'staff', 1);
    await user(3, 'lawyer', null);
    await user(4, 'gone', null, false);
    await q.query(`INSERT INTO user_roles (user_id, role) VALUES ($1, 'legal'), ($2, 'legal')`, [uuid(3), uuid(4)]);
    await q.query(`INSERT INTO workflow_definitions (key, title_zh, title_en) VALUES ('w', '流程', 'Flow')`);
    await q.query(
      `INSERT INTO definition_versions (key, version, spec, checksum, status) VALUES ('w', 1, '{}', repeat('0', 64), 'published')`,
    );
    await q.query(
      `INSERT INTO instances (id, definition_key, definition_version, status, state, snapshot, started_by, seq, last_hash,
         created_at, updated_at) VALUES ($1, 'w', 1, 'running', '"on"', '{}', 'staff', 1, repeat('0', 64), now(), now())`,
      [uuid(9)],
    );
    for (const to of ['starter', 'starter.manager', 'role:legal', 'user:lawyer', 'role:nobody']) {
      await q.query(
        `INSERT INTO notifications (id, instance_id, seq, recipient, message, created_at)
         VALUES (gen_random_uuid(), $1, 1, $2, '{"zh":"中","en":"en"}', now())`,
        [uuid(9), to],
      );
    }

    await new NotificationDelivery1764460800000().up(q);

    expect(await q.query(`SELECT recipient, target, read_at FROM notifications ORDER BY target, recipient`)).toEqual([
      { recipient: 'lawyer', target: 'role:legal', read_at: null },
      { recipient: 'staff', target: 'starter', read_at: null },
      { recipient: 'boss', target: 'starter.manager', read_at: null },
      { recipient: 'lawyer', target: 'user:lawyer', read_at: null },
    ]);
    expect(await q.query(`SELECT count(*)::int AS n FROM notification_deliveries`)).toEqual([{ n: 0 }]);
    expect(await q.query(`SELECT email, locale FROM users WHERE username = 'staff'`)).toEqual([
      { email: null, locale: null },
    ]);
  });
});

function uuid(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}
