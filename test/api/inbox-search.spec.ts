// The inbox search (process, starter, date range, business key) over tasks, instances and CC,
// the definition's summary fields in every row, and business keys filled from a template.
import request from 'supertest';
import { purchaseApprovalSpec } from './support/approval-definitions';
import { publishSpec, uniqueKey } from './support/publish';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';

/** 17:00 UTC on 4 May is already 5 May in Shanghai: the key's date must say 20260505. */
const T0 = Date.parse('2026-05-04T17:00:00.000Z');

interface Row {
  id: string;
  businessKey: string | null;
  summary: unknown[];
}

describe('inbox search, summaries and business keys', () => {
  let t: TestApp;
  let now = T0;
  const key = uniqueKey('inbox-search');
  const plain = uniqueKey('inbox-search-plain');
  const summary = [
    { path: 'amount', label: { zh: '金额', en: 'Amount' }, format: 'money' },
    { path: 'item', label: { zh: '事项', en: 'Item' } },
  ];

  beforeAll(async () => {
    t = await startTestApp({ clock: () => new Date(now) });
    const spec = purchaseApprovalSpec(key) as {
      meta: Record<string, unknown>;
      states: { manager: { meta: { task: { approval: Record<string, unknown> } } } };
    };
    spec.meta.summary = summary;
    spec.meta.businessKey = 'CG-{yyyyMMdd}-{seq:3}';
    // The manager step copies the office when it opens, so CC rows exist from the start.
    spec.states.manager.meta.task.approval.cc = [{ kind: 'role', role: 'office' }];
    await publishSpec(t, key, spec);
    await publishSpec(t, plain, purchaseApprovalSpec(plain));
  }, SETUP_TIMEOUT);
  afterAll(() => t?.close());

  async function start(definitionKey: string, input: Record<string, unknown>, user = 'staff', businessKey?: string) {
    const res = await request(t.http)
      .post('/api/instances')
      .set(await t.auth(user))
      .send({ definitionKey, input, ...(businessKey ? { businessKey } : {}) });
    expect(res.status).toBe(201);
    return res.body as Row;
  }
  const get = async (path: string, user: string) => {
    const res = await request(t.http)
      .get(path)
      .set(await t.auth(user));
    expect(res.status).toBe(200);
    return res.body as { items: Array<Row & { instance: Row; instanceId: string }> };
  };

  it('fills the business key from the template (Shanghai date, per-definition sequence) unless one is given', async () => {
    const first = await start(key, { item: '笔记本电脑', amount: 6999.5 });
    const second = await start(key, { item: '显示器', amount: 1200 });
    const given = await start(key, { item: '键盘', amount: 300 }, 'staff', `${key}-given`);
    const other = await start(plain, { item: '椅子', amount: 500 });
    expect([first.businessKey, second.businessKey, given.businessKey]).toEqual([
      'CG-20260505-001',
      'CG-20260505-002',
      `${key}-given`,
    ]);
    expect(other.businessKey).toBeNull();
    // The next Shanghai day starts again at 001.
    now = Date.parse('2026-05-05T16:00:00.000Z');
    expect((await start(key, { item: '鼠标', amount: 99 })).businessKey).toBe('CG-20260506-001');
    now = T0;
  });

  it('gives two concurrent starts two different keys', async () => {
    const keys = (await Promise.all([1, 2, 3].map((n) => start(key, { item: `并发 ${n}`, amount: n })))).map(
      (row) => row.businessKey,
    );
    expect(new Set(keys).size).toBe(3);
    expect([...keys].sort()).toEqual(['CG-20260505-003', 'CG-20260505-004', 'CG-20260505-005']);
  });

  it('carries the summary fields in the start answer, instance rows, task rows and CC rows', async () => {
    const started = await start(key, { item: '投影仪', amount: 4321 });
    const expected = [
      { label: summary[0].label, value: 4321, format: 'money' },
      { label: summary[1].label, value: '投影仪' },
    ];
    expect(started.summary).toEqual(expected);
    const one = await request(t.http)
      .get(`/api/instances/${started.id}`)
      .set(await t.auth('staff'))
      .expect(200);
    expect(one.body.summary).toEqual(expected);
    const listed = await get(`/api/instances?businessKey=${started.businessKey}`, 'staff');
    expect(listed.items.map((row) => row.summary)).toEqual([expected]);
    const tasks = await get(`/api/tasks?status=open&businessKey=${started.businessKey}`, 'leader');
    expect(tasks.items.map((task) => task.instance.summary)).toEqual([expected]);
    const copies = await get(`/api/cc?businessKey=${started.businessKey}`, 'office');
    expect(copies.items.map((copy) => copy.instance.summary)).toEqual([expected]);
    // A definition without meta.summary gives an empty list, not a missing field.
    const bare = await start(plain, { item: '桌子', amount: 800 });
    expect(bare.summary).toEqual([]);
  });

  it('filters tasks, instances and copies by process, starter and start day', async () => {
    now = Date.parse('2026-06-10T02:00:00.000Z');
    const mine = await start(key, { item: '六月', amount: 10 }, 'staff');
    const theirs = await start(key, { item: '六月 2', amount: 20 }, 'staff2');
    now = Date.parse('2026-06-12T02:00:00.000Z');
    const later = await start(key, { item: '六月 3', amount: 30 }, 'staff');
    now = T0;
    const ids = (page: { items: Array<{ id: string; instanceId?: string }> }) =>
      page.items.map((row) => row.instanceId ?? row.id);

    const june10 = `definitionKey=${key}&from=2026-06-10&to=2026-06-10`;
    expect(ids(await get(`/api/instances?${june10}`, 'leader')).sort()).toEqual([mine.id, theirs.id].sort());
    expect(ids(await get(`/api/instances?${june10}&startedBy=staff`, 'leader'))).toEqual([mine.id]);
    // 我发起的: my own starts, through the starter filter.
    expect(ids(await get(`/api/instances?definitionKey=${key}&from=2026-06-01&startedBy=staff`, 'staff'))).toEqual([
      later.id,
      mine.id,
    ]);
    expect(ids(await get(`/api/tasks?scope=all&status=open&${june10}&startedBy=staff2`, 'leader'))).toEqual([
      theirs.id,
    ]);
    expect(ids(await get(`/api/tasks?scope=all&status=open&definitionKey=${key}&from=2026-06-11`, 'leader'))).toEqual([
      later.id,
    ]);
    const copies = await get(`/api/cc?definitionKey=${key}&from=2026-06-11&to=2026-06-30`, 'office');
    expect(copies.items.map((copy) => copy.instanceId)).toEqual([later.id]);
    expect((await get(`/api/cc?definitionKey=${plain}`, 'office')).items).toEqual([]);
  });

  it.each([
    ['/api/tasks?from=2026-13-01', '/from'],
    ['/api/instances?to=yesterday', '/to'],
    ['/api/cc?from=2026-05-04T00:00:00Z', '/from'],
    ['/api/tasks?startedBy=' + 'x'.repeat(101), '/startedBy'],
  ])('answers 400 naming the field for %s', async (path, field) => {
    const res = await request(t.http)
      .get(path)
      .set(await t.auth('staff'));
    expect(res.status).toBe(400);
    expect(res.body.details.errors.map((e: { path: string }) => e.path)).toContain(field);
  });
});
