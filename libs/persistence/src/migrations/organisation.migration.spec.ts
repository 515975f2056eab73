import { DataSource, type QueryRunner } from 'typeorm';
import { InitialSchema1764201600000 } from './1764201600000-initial-schema.migration';
import { People1764288000000 } from './1764288000000-people.migration';
import { Organisation1764547200000 } from './1764547200000-organisation.migration';

// Runs the migrations by hand in a schema of its own, on a database that already holds users
// with free-text departments and roles, as a database upgraded in place would.
describe('organisation migration on an existing database', () => {
  const schema = `org_migration_${process.pid}_${Date.now().toString(36)}`;
  let dataSource: DataSource;
  let q: QueryRunner;

  beforeAll(async () => {
    dataSource = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL, extra: { max: 1 } });
    await dataSource.initialize();
    q = dataSource.createQueryRunner();
    await q.connect();
    await q.query(`CREATE SCHEMA ${schema}`);
    await q.query(`SET search_path TO ${schema}`);
    await new InitialSchema1764201600000().up(q);
    await new People1764288000000().up(q);
    await q.query(
      `INSERT INTO roles (name, title_zh, title_en) VALUES ('staff', '员工', 'Staff'), ('finance', '财务', 'Finance')`,
    );
    await q.query(`INSERT INTO users (id, username, display_name, password_hash, department) VALUES
      (gen_random_uuid(), 'a', 'A', 'x', '财务部 (Finance)'),
      (gen_random_uuid(), 'b', 'B', 'x', '财务部 (Finance)'),
      (gen_random_uuid(), 'c', 'C', 'x', '办公室'),
      (gen_random_uuid(), 'd', 'D', 'x', NULL)`);
    await q.query(`INSERT INTO user_roles (user_id, role) SELECT id, 'staff' FROM users`);
    await new Organisation1764547200000().up(q);
  }, 60_000);

  afterAll(async () => {
    await q?.query(`SET search_path TO public`);
    await q?.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await q?.release();
    await dataSource?.destroy();
  });

  it('turns each free-text department into a department and moves its users there', async () => {
    const departments = await q.query(`SELECT code, name_zh, name_en FROM departments ORDER BY code`);
    expect(departments).toEqual([
      { code: 'legacy-1', name_zh: '办公室', name_en: '办公室' },
      { code: 'legacy-2', name_zh: '财务部', name_en: 'Finance' },
    ]);
    const users = await q.query(
      `SELECT u.username, d.code, u.department FROM users u LEFT JOIN departments d ON d.id = u.department_id ORDER BY 1`,
    );
    expect(users).toEqual([
      { username: 'a', code: 'legacy-2', department: '财务部 (Finance)' },
      { username: 'b', code: 'legacy-2', department: '财务部 (Finance)' },
      { username: 'c', code: 'legacy-1', department: '办公室' },
      { username: 'd', code: null, department: null },
    ]);
  });

  it('keeps the roles, now unscoped, and allows one role held globally and in a department', async () => {
    expect(await q.query(`SELECT count(*)::int AS n FROM user_roles WHERE department_id IS NULL`)).toEqual([{ n: 4 }]);
    await q.query(`INSERT INTO user_roles (user_id, role, department_id)
      SELECT u.id, 'finance', d.id FROM users u, departments d WHERE u.username = 'c' AND d.code = 'legacy-2'`);
    await q.query(`INSERT INTO user_roles (user_id, role) SELECT id, 'finance' FROM users WHERE username = 'c'`);
    await expect(
      q.query(`INSERT INTO user_roles (user_id, role) SELECT id, 'finance' FROM users WHERE username = 'c'`),
    ).rejects.toThrow(/user_roles_grant_key/);
  });

  it('refuses a department code that is not kebab-case', async () => {
    await expect(
      q.query(`INSERT INTO departments (code, name_zh, name_en) VALUES ('Bad Code', 'x', 'x')`),
    ).rejects.toThrow(/check/i);
  });

  it('goes down again', async () => {
    await new Organisation1764547200000().down(q);
    const columns = await q.query(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'user_roles' ORDER BY 1`,
      [schema],
    );
    expect(columns.map((c: { column_name: string }) => c.column_name)).toEqual(['role', 'user_id']);
  });
});
