import request from 'supertest';
import type { TaskListItem } from '@liucheng/contracts';
import { publishSpec, uniqueKey } from './support/publish';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';

const HOUR = 3_600_000;

/** One task per instance: the leader's own with a due time ('a'), without one ('b'), or claimable by leaders. */
function pagesSpec(id: string): Record<string, unknown> {
  const task = (extra: Record<string, unknown>) => ({
    title: { zh: '办理', en: 'Handle' },
    outcomes: ['DONE'],
    ...extra,
  });
  return {
    id,
    initial: 'route',
    meta: {
      title: { zh: '分页', en: 'Pages' },
      events: { DONE: { title: { zh: '完成', en: 'Done' }, schema: { type: 'object' } } },
    },
    context: {},
    states: {
      route: {
        always: [
          { target: 'ownDue', guard: { type: 'eq', params: { field: 'context.kind', value: 'a' } } },
          { target: 'ownNoDue', guard: { type: 'eq', params: { field: 'context.kind', value: 'b' } } },
          { target: 'pool' },
        ],
      },
      ownDue: { meta: { task: task({ assignee: 'starter', due: 'P1D' }) }, on: { DONE: 'done' } },
      ownNoDue: { meta: { task: task({ assignee: 'starter' }) }, on: { DONE: 'done' } },
      pool: { meta: { task: task({ candidateRoles: ['leader'], due: 'P1D' }) }, on: { DONE: 'done' } },
      done: { type: 'final' },
    },
  };
}

type Item = Pick<TaskListItem, 'id' | 'dueAt' | 'createdAt' | 'completedAt'>;
const time = (value: string | null) => (value === null ? null : Date.parse(value));
const byIdDesc = (a: Item, b: Item) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
const newestFirst = (a: Item, b: Item) =>
  (time(b.createdAt) as number) - (time(a.createdAt) as number) || byIdDesc(a, b);

/** The orders the API promises, written independently of its SQL. */
const EXPECTED: Record<'created' | 'due' | 'completed', (a: Item, b: Item) => number> = {
  created: newestFirst,
  due: (a, b) => {
    const [da, db] = [time(a.dueAt), time(b.dueAt)];
    if (da !== null && db !== null) return da - db || newestFirst(a, b);
    if (da !== null) return -1;
    if (db !== null) return 1;
    return newestFirst(a, b);
  },
  completed: (a, b) => (time(b.completedAt) ?? -Infinity) - (time(a.completedAt) ?? -Infinity) || byIdDesc(a, b),
};

describe('task list pages (GET /api/tasks?limit=&cursor=)', () => {
  let t: TestApp;
  let now = Date.parse('2026-06-01T01:00:00.000Z');
  const key = uniqueKey('task-pages');

  beforeAll(async () => {
    t = await startTestApp({ clock: () => new Date(now) });
    await publishSpec(t, key, pagesSpec(key));
    const leader = await t.auth('leader');
    const started: { id: string; tasks: { id: string }[] }[] = [];
    // Several tasks share one instant (so one due time): ties fall to the id.
    for (const [kind, moveOn] of [
      ['a', false],
      ['a', true],
      ['a', false],
      ['a', true],
      ['b', false],
      ['b', true],
      ['b', true],
      ['c', false],
      ['c', false],
      ['c', true],
      ['c', true],
    ] as const) {
      const res = await request(t.http)
        .post('/api/instances')
        .set(leader)
        .send({ definitionKey: key, input: { kind } })
        .expect(201);
      started.push(res.body);
      if (moveOn) now += HOUR;
    }
    // Two done tasks completed at one instant, one later.
    for (const [i, instance] of [0, 4, 1].map((n) => [n, started[n]] as const)) {
      await request(t.http)
        .post(`/api/tasks/${instance.tasks[0].id}/complete`)
        .set(leader)
        .send({ outcome: 'DONE' })
        .expect(200);
      if (i === 4) now += HOUR;
    }
  }, SETUP_TIMEOUT);
  afterAll(() => t?.close());

  async function list(query: string, limit?: number, cursor?: string) {
    const params = new URLSearchParams(`definitionKey=${key}&${query}`);
    if (limit) params.set('limit', String(limit));
    if (cursor) params.set('cursor', cursor);
    const res = await request(t.http)
      .get(`/api/tasks?${params}`)
      .set(await t.auth('leader'))
      .expect(200);
    return res.body as { items: Item[]; nextCursor: string | null };
  }

  it.each([
    ['scope=mine&status=open&sort=due', 'due', 4],
    ['scope=candidate&status=open&sort=due', 'due', 4],
    ['scope=todo&sort=due', 'due', 8],
    ['scope=todo&sort=created', 'created', 8],
    ['scope=mine&status=done&sort=completed', 'completed', 3],
    ['scope=mine&sort=created', 'created', 7],
  ] as const)('%s pages through every task once, in the promised order', async (query, sort, total) => {
    const whole = await list(query);
    expect(whole.nextCursor).toBeNull();
    expect(whole.items).toHaveLength(total);
    expect(whole.items.map((i) => i.id)).toEqual([...whole.items].sort(EXPECTED[sort]).map((i) => i.id));
    for (const size of [1, 2, 3]) {
      const paged: string[] = [];
      let cursor: string | undefined;
      for (let pages = 0; pages <= total; pages += 1) {
        const page = await list(query, size, cursor);
        expect(page.items.length).toBeLessThanOrEqual(size);
        paged.push(...page.items.map((i) => i.id));
        if (!page.nextCursor) break;
        cursor = page.nextCursor;
      }
      expect(paged).toEqual(whole.items.map((i) => i.id));
    }
  });

  it('counts open work under the same search as the lists', async () => {
    const res = await request(t.http)
      .get(`/api/tasks/counts?definitionKey=${key}`)
      .set(await t.auth('leader'))
      .expect(200);
    expect(res.body).toEqual({ mine: 4, claimable: 4, overdue: 0 });
    const none = await request(t.http)
      .get(`/api/tasks/counts?definitionKey=${key}&startedBy=staff`)
      .set(await t.auth('leader'))
      .expect(200);
    expect(none.body).toEqual({ mine: 0, claimable: 0, overdue: 0 });
    for (const query of ['definitionKey[x]=1', `businessKey=${'k'.repeat(10_000)}`, 'startedBy=a&startedBy=b'])
      await request(t.http)
        .get(`/api/tasks/counts?${query}`)
        .set(await t.auth('leader'))
        .expect(400);
    await request(t.http)
      .get('/api/tasks/counts?from=yesterday')
      .set(await t.auth('leader'))
      .expect(400);
  });

  it('refuses a cursor of another sort, a forged cursor and a page size out of range, naming the field', async () => {
    const first = await list('scope=todo&sort=due', 1);
    const leader = await t.auth('leader');
    const other = await request(t.http)
      .get(`/api/tasks?scope=todo&sort=created&cursor=${first.nextCursor}`)
      .set(leader)
      .expect(400);
    expect(JSON.stringify(other.body)).toContain('/cursor');
    const forged = Buffer.from(JSON.stringify(['due', 'yesterday', null, 'x'])).toString('base64url');
    const bad = await request(t.http).get(`/api/tasks?scope=todo&sort=due&cursor=${forged}`).set(leader).expect(400);
    expect(JSON.stringify(bad.body)).toContain('/cursor');
    await request(t.http).get('/api/tasks?cursor=%%%').set(leader).expect(400);
    // Wrong types and oversize values name their parameter; nothing reaches SQL.
    const long = await request(t.http)
      .get(`/api/tasks?cursor=${'a'.repeat(1_000_000)}`)
      .set(leader);
    expect(long.status).toBeGreaterThanOrEqual(400);
    expect(long.status).toBeLessThan(500);
    for (const query of ['cursor=a&cursor=b', 'limit=1&limit=2', 'sort[]=due', 'scope=todo&definitionKey[x]=1']) {
      const res = await request(t.http).get(`/api/tasks?${query}`).set(leader).expect(400);
      expect(JSON.stringify(res.body)).toMatch(/cursor|limit|sort|definitionKey/);
    }
    for (const limit of ['0', '501', 'ten']) {
      const res = await request(t.http).get(`/api/tasks?limit=${limit}`).set(leader).expect(400);
      expect(JSON.stringify(res.body)).toContain('limit');
    }
  });
});
