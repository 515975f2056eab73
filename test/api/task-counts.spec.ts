// GET /api/tasks/counts: the badge's open work counted in SQL, whole (the lists stop at 500).
// Counted as deltas, since the test database holds other files' tasks for the same roles; the
// clock sits in 2037, where no other file's task falls due.
import request from 'supertest';
import { publishSpec, uniqueKey } from './support/publish';
import { matrixSpec } from './support/matrix-definitions';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';

const DAY = 86_400_000;

describe('task counts', () => {
  let t: TestApp;
  let now = Date.parse('2037-03-02T02:00:00.000Z');
  const key = uniqueKey('counts');

  beforeAll(async () => {
    t = await startTestApp({ clock: () => new Date(now) });
    await publishSpec(t, key, matrixSpec(key));
  }, SETUP_TIMEOUT);
  afterAll(() => t?.close());

  const counts = async (username: string) =>
    (
      await request(t.http)
        .get('/api/tasks/counts')
        .set(await t.auth(username))
        .expect(200)
    ).body as {
      mine: number;
      claimable: number;
      overdue: number;
    };

  it('counts a new claimable task, moves it to mine when claimed, and counts it overdue past its due time', async () => {
    const before = await counts('leader');
    const started = await request(t.http)
      .post('/api/instances')
      .set(await t.auth('staff'))
      .send({ definitionKey: key })
      .expect(201);
    expect(await counts('leader')).toEqual({ ...before, claimable: before.claimable + 1 });
    // Someone without the candidate role sees no change.
    const staffBefore = await counts('staff');
    const [task] = (
      await request(t.http)
        .get(`/api/tasks?scope=candidate&definitionKey=${key}`)
        .set(await t.auth('leader'))
        .expect(200)
    ).body.items.filter((x: { instanceId: string }) => x.instanceId === started.body.id);
    await request(t.http)
      .post(`/api/tasks/${task.id}/claim`)
      .set(await t.auth('leader'))
      .expect(200);
    expect(await counts('leader')).toEqual({ ...before, mine: before.mine + 1 });
    expect(await counts('staff')).toEqual(staffBefore);
    now += 4 * DAY; // past the task's P3D
    const late = await counts('leader');
    expect(late.overdue).toBe(before.overdue + 1);
  });

  it('equals the open lists for a user with fewer tasks than a list holds', async () => {
    const mine = await request(t.http)
      .get('/api/tasks?scope=mine&status=open')
      .set(await t.auth('leader'))
      .expect(200);
    const claimable = await request(t.http)
      .get('/api/tasks?scope=candidate&status=open')
      .set(await t.auth('leader'))
      .expect(200);
    const c = await counts('leader');
    if (mine.body.items.length < 500) expect(c.mine).toBe(mine.body.items.length);
    if (claimable.body.items.length < 500) expect(c.claimable).toBe(claimable.body.items.length);
    const overdue = [...mine.body.items, ...claimable.body.items].filter((x: { overdue: boolean }) => x.overdue);
    if (mine.body.items.length < 500 && claimable.body.items.length < 500) expect(c.overdue).toBe(overdue.length);
  });
});
