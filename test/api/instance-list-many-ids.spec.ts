import request from 'supertest';
import { DataSource } from 'typeorm';
import { matrixSpec } from './support/matrix-definitions';
import { publishSpec, uniqueKey } from './support/publish';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';

/** One more than instances.service.ts's ID_SET_LIMIT: past it the list uses the EXISTS rule. */
const MANY = 5001;

// The instance list gathers a non-reader's (and a participant's) instance ids first when there are
// at most 5,000, and falls back to filtering instances in date order when there are more. Both
// paths must give the same page; the fallback needs more instances than any other test makes.
describe('instance list past 5,000 readable ids', () => {
  let t: TestApp;
  let db: DataSource;
  const key = uniqueKey('many-ids');

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    await publishSpec(t, key, matrixSpec(key));
  }, SETUP_TIMEOUT);
  afterAll(async () => {
    await db?.query(`DELETE FROM instances WHERE definition_key = $1 AND business_key IS NULL`, [key]);
    await t?.close();
  });

  async function firstIds(path: string, username: string): Promise<string[]> {
    const res = await request(t.http)
      .get(path)
      .set(await t.auth(username))
      .expect(200);
    return res.body.items.map((i: { id: string }) => i.id);
  }

  it('answers alike below and above the id limit, "completed by me while unassigned" included', async () => {
    // Started by staff; staff2 reads it only as the one who completed its (unclaimed) task.
    const started = await request(t.http)
      .post('/api/instances')
      .set(await t.auth('staff'))
      .send({ definitionKey: key, businessKey: `${key}-completed` })
      .expect(201);
    const id: string = started.body.id;
    await db.query(
      `UPDATE tasks SET status = 'done', completed_by = 'staff2', assignee = NULL WHERE instance_id = $1`,
      [id],
    );
    const listPath = `/api/instances?definitionKey=${key}&limit=3`;
    const searchPath = `/api/instances?definitionKey=${key}&participant=staff2&limit=3`;
    const check = async () => {
      expect((await firstIds(listPath, 'staff2'))[0]).toBe(id);
      expect((await firstIds(searchPath, 'auditor'))[0]).toBe(id);
      expect(await firstIds(listPath, 'finance')).toEqual([]);
    };
    await check();

    // Older copies of it started by staff2: now staff2 reads more than 5,000 instances.
    await db.query(
      `INSERT INTO instances (id, definition_key, definition_version, status, state, snapshot, business_key,
         started_by, seq, last_hash, created_at, updated_at)
       SELECT gen_random_uuid(), definition_key, definition_version, status, state, snapshot, NULL,
         'staff2', seq, last_hash, created_at - g * interval '1 second', updated_at
       FROM instances, generate_series(1, ${MANY}) g WHERE id = $1`,
      [id],
    );
    await check();
    const page = await firstIds(listPath, 'staff2');
    expect(page).toHaveLength(3);
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM instances WHERE id = ANY($1::uuid[]) AND started_by = 'staff2'`,
      [page.slice(1)],
    );
    expect(n).toBe(2);
  });
});
