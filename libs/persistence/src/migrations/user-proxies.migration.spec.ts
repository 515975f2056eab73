import { DataSource, type QueryRunner } from 'typeorm';
import { InitialSchema1764201600000 } from './1764201600000-initial-schema.migration';
import { UserProxies1764806400000 } from './1764806400000-user-proxies.migration';

// The table's own guards, below the API's checks: a hand-written row cannot invert a range,
// name the principal as proxy, exceed the reason's length or point at nobody.
describe('user_proxies migration', () => {
  const schema = `proxies_migration_${process.pid}_${Date.now().toString(36)}`;
  let dataSource: DataSource;
  let q: QueryRunner;
  const insert = (principal: string, proxy: string, startsAt: string, endsAt: string, reason: string | null = null) =>
    q.query(
      `INSERT INTO user_proxies (principal_user_id, proxy_user_id, starts_at, ends_at, reason, created_by)
       SELECT p.id, x.id, $3, $4, $5, 'test' FROM users p, users x WHERE p.username = $1 AND x.username = $2
       RETURNING id`,
      [principal, proxy, startsAt, endsAt, reason],
    );

  beforeAll(async () => {
    dataSource = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL, extra: { max: 1 } });
    await dataSource.initialize();
    q = dataSource.createQueryRunner();
    await q.connect();
    await q.query(`CREATE SCHEMA ${schema}`);
    await q.query(`SET search_path TO ${schema}`);
    await new InitialSchema1764201600000().up(q);
    await q.query(`INSERT INTO users (id, username, display_name, password_hash) VALUES
      (gen_random_uuid(), 'a', 'A', 'x'), (gen_random_uuid(), 'b', 'B', 'x')`);
    await new UserProxies1764806400000().up(q);
  }, 60_000);

  afterAll(async () => {
    await q?.query(`SET search_path TO public`);
    await q?.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await q?.release();
    await dataSource?.destroy();
  });

  it('stores a range, with a reason of 500 characters', async () => {
    expect(
      await insert('a', 'b', '2031-03-02T00:00:00+08:00', '2031-03-09T00:00:00+08:00', 'x'.repeat(500)),
    ).toHaveLength(1);
    const [row] = await q.query(`SELECT starts_at, cancelled_at FROM user_proxies`);
    expect(row.starts_at.toISOString()).toBe('2031-03-01T16:00:00.000Z');
    expect(row.cancelled_at).toBeNull();
  });

  it('refuses an empty or inverted range, the principal as proxy and a longer reason', async () => {
    await expect(insert('a', 'b', '2031-03-02T00:00:00Z', '2031-03-02T00:00:00Z')).rejects.toThrow(/check/i);
    await expect(insert('a', 'b', '2031-03-03T00:00:00Z', '2031-03-02T00:00:00Z')).rejects.toThrow(/check/i);
    await expect(insert('a', 'a', '2031-03-02T00:00:00Z', '2031-03-03T00:00:00Z')).rejects.toThrow(/check/i);
    await expect(insert('a', 'b', '2031-03-02T00:00:00Z', '2031-03-03T00:00:00Z', 'x'.repeat(501))).rejects.toThrow(
      /check/i,
    );
  });

  it('refuses a proxy who is no user', async () => {
    await expect(
      q.query(
        `INSERT INTO user_proxies (principal_user_id, proxy_user_id, starts_at, ends_at, created_by)
         SELECT id, gen_random_uuid(), now(), now() + interval '1 day', 'test' FROM users WHERE username = 'a'`,
      ),
    ).rejects.toThrow(/foreign key/i);
  });

  it('goes down again', async () => {
    await new UserProxies1764806400000().down(q);
    const [found] = await q.query(`SELECT to_regclass($1) AS t`, [`${schema}.user_proxies`]);
    expect(found.t).toBeNull();
  });
});
