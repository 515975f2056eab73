// The data-field search through the typed search table (`meta.search`) gives the same answers as
// the scan of every context. Two definitions with the same states and the same instances, one
// declaring its fields and one not, receive the same starts, events, moves and migrations; every
// operator on every field then answers alike on both (the declared one from the table, the other
// from the scan), and the table holds exactly the values the instances' contexts hold.
import request from 'supertest';
import { DataSource } from 'typeorm';
import { publishSpec, uniqueKey } from './support/publish';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';

const text = (zh: string, en: string) => ({ zh, en });
const merge = { actions: [{ type: 'merge', params: {} }] };
const flag = (value: string) => [{ type: 'set', params: { to: 'flag', value } }];

const DECLARED = ['amount', 'item', 'vendor', 'vendor.name', 'lines.0.qty', 'flag', 'note'];

/** open ⇄ EDIT (merges the data into the context); `review` (a move target) and v2's `check` set `flag` on entry. */
function fieldSpec(key: string, search: string[] | undefined, version: 1 | 2): Record<string, unknown> {
  const open = { on: { EDIT: merge, CLOSE: 'closed' } };
  return {
    id: key,
    initial: 'open',
    context: {},
    meta: {
      title: text('字段搜索', 'Field search'),
      ...(search ? { search } : {}),
      input: { type: 'object' },
      events: {
        EDIT: { title: text('修改', 'Edit'), schema: { type: 'object' } },
        CLOSE: { title: text('关闭', 'Close') },
      },
    },
    // Version 2 has `check` instead of `review`: an instance in review cannot migrate.
    states: {
      open,
      ...(version === 1
        ? { review: { ...open, entry: flag('moved') } }
        : { check: { ...open, entry: flag('migrated') } }),
      closed: { type: 'final' },
    },
  };
}

/** As long as a searched value may be (200), and as long as the text index's prefix. */
const LONG = '长'.repeat(200);
/** One more than instances.service.ts's ID_SET_LIMIT: past it a declared field is probed per instance. */
const MANY = 5001;
/** Inputs by name, oldest first: numbers, text that reads like numbers, objects, arrays, nulls, gaps. */
const INPUTS: Record<string, Record<string, unknown>> = {
  small: { amount: 800, item: '打印纸', vendor: { name: 'ACME Ltd' }, lines: [{ qty: 2 }], note: 'abc' },
  big: { amount: 6000, item: '笔记本电脑 100%', vendor: { name: 'acme' }, lines: [{ qty: 10 }, { qty: 1 }] },
  huge: { amount: 12000.5, item: '服务器', vendor: { name: 'Under_score' }, lines: [] },
  text: { amount: '9000', item: '9000', vendor: 'not an object', note: '6000' },
  negative: { amount: -3, item: 'Ａ全角', lines: [{ qty: 0.5 }], note: true },
  nulls: { amount: null, item: null, vendor: { name: null }, note: false },
  empty: {},
  long: { item: `${LONG}甲`, note: `${LONG}乙`, amount: 0 },
  bools: { amount: true, item: 'true', flag: 'x', note: { nested: [1, 'two'] } },
};
const NAMES = Object.keys(INPUTS);

/** Every query compared: each operator on declared, nested, undeclared and back-filled fields. */
function queries(fields: string[]): string[] {
  const numbers = ['6000', '6000.0', '0', '-3', '12000.5', '0.5', '9000', '10'];
  const texts = ['abc', 'ABC', '100%', '_', 'true', 'false', 'moved', '甲', LONG];
  const out: string[] = [];
  for (const field of fields) {
    for (const value of [...numbers, ...texts]) {
      const v = encodeURIComponent(value);
      for (const op of ['eq', 'ne', 'contains']) out.push(`field=${field}&op=${op}&value=${v}`);
      if (numbers.includes(value))
        for (const op of ['gt', 'gte', 'lt', 'lte']) out.push(`field=${field}&op=${op}&value=${v}`);
    }
  }
  return out;
}

/** The search table's rows for the key, and the rows its instances' contexts call for. */
async function tableAndContexts(db: DataSource, key: string) {
  const table = await db.query(
    `SELECT instance_id, field, num::text AS num, text FROM instance_search_values WHERE definition_key = $1
     ORDER BY instance_id, field`,
    [key],
  );
  const contexts = await db.query(
    `SELECT i.id AS instance_id, f.field, liucheng_search_num(v.j)::text AS num, v.j #>> '{}' AS text
     FROM search_fields f JOIN instances i ON i.definition_key = f.definition_key
     CROSS JOIN LATERAL (SELECT i.snapshot->'context' #> f.path AS j) v
     WHERE f.definition_key = $1 AND v.j IS NOT NULL ORDER BY instance_id, field`,
    [key],
  );
  return { table, contexts };
}

describe('data-field search through the search table', () => {
  let t: TestApp;
  let db: DataSource;
  const declared = uniqueKey('field-idx');
  const scanned = uniqueKey('field-scan');
  /** Instance ids by name, for each definition. */
  const ids: Record<string, Record<string, string>> = { [declared]: {}, [scanned]: {} };

  const both = async (each: (key: string) => Promise<void>) => {
    for (const key of [declared, scanned]) await each(key);
  };
  const edit = (name: string, data: Record<string, unknown>) =>
    both(async (key) => {
      await request(t.http)
        .post(`/api/instances/${ids[key][name]}/events`)
        .set(await t.auth('admin'))
        .send({ type: 'EDIT', data })
        .expect(200);
    });
  async function names(key: string, query: string, user = 'auditor'): Promise<string[]> {
    const res = await request(t.http)
      .get(`/api/instances?definitionKey=${key}&${query}&limit=200`)
      .set(await t.auth(user));
    if (res.status !== 200) throw new Error(`${query}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.items.map((i: { id: string }) => NAMES.find((n) => ids[key][n] === i.id) ?? i.id);
  }
  /** Every query, on both definitions: the differences (none expected). */
  async function differences(fields: string[], user = 'auditor'): Promise<string[]> {
    const found: string[] = [];
    for (const query of queries(fields)) {
      const [fromTable, fromScan] = [await names(declared, query, user), await names(scanned, query, user)];
      if (JSON.stringify(fromTable) !== JSON.stringify(fromScan))
        found.push(`${query}: table ${fromTable.join(',')} / scan ${fromScan.join(',')}`);
    }
    return found;
  }
  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    await publishSpec(t, declared, fieldSpec(declared, DECLARED, 1));
    await publishSpec(t, scanned, fieldSpec(scanned, undefined, 1));
    for (const name of NAMES) {
      const user = name === 'huge' ? 'staff2' : 'staff';
      await both(async (key) => {
        const res = await request(t.http)
          .post('/api/instances')
          .set(await t.auth(user))
          .send({ definitionKey: key, input: INPUTS[name] })
          .expect(201);
        ids[key][name] = res.body.id;
      });
    }
  }, SETUP_TIMEOUT);
  afterAll(async () => {
    // The copies of the last test: other files list instances too.
    const copies = `SELECT id FROM instances WHERE definition_key = ANY($1) AND created_at < '2020-01-02'`;
    await db?.query(`DELETE FROM instance_search_values WHERE instance_id IN (${copies})`, [[declared, scanned]]);
    await db?.query(`DELETE FROM instances WHERE id IN (${copies})`, [[declared, scanned]]);
    await t?.close();
  });

  // Every operator, field and value through the table and the scan: 11 s alone, longer beside
  // the rest of the suite on two cores.
  it('answers every operator alike from the table and from the scan, as values change over events', async () => {
    expect(await differences([...DECLARED, 'lines.1.qty'])).toEqual([]);
    // Numbers become text and back, values go missing (nested) or null, new ones appear.
    await edit('small', { amount: '800', vendor: {}, lines: [] });
    await edit('text', { amount: 9000, item: 9000, note: null });
    await edit('nulls', { amount: 6000, vendor: { name: 'ACME' }, lines: [{ qty: 10 }] });
    await edit('empty', { item: 'abc', flag: '_' });
    await edit('long', { note: LONG });
    expect(await differences([...DECLARED, 'lines.1.qty'])).toEqual([]);
    const { table, contexts } = await tableAndContexts(db, declared);
    expect(table).toEqual(contexts);
    expect(table.length).toBeGreaterThan(NAMES.length);
  }, 120_000);

  it('reads the table (a row changed behind its back changes the answer), and only when the key declares the field', async () => {
    const id = ids[declared].big;
    const item = encodeURIComponent('笔记本电脑 100%');
    expect(await names(declared, `field=item&value=${item}`)).toEqual(['big']);
    await db.query(`UPDATE instance_search_values SET text = 'zzz' WHERE instance_id = $1 AND field = 'item'`, [id]);
    try {
      expect(await names(declared, `field=item&value=${item}`)).toEqual([]);
      // Undeclared for the key (lines.1.qty), or no key given: the scan, which still sees the context.
      expect(await names(declared, 'field=lines.1.qty&value=1')).toEqual(['big']);
      const res = await request(t.http)
        .get(`/api/instances?field=item&value=${item}&status=running&limit=200`)
        .set(await t.auth('auditor'))
        .expect(200);
      expect(res.body.items.map((i: { id: string }) => i.id)).toContain(id);
    } finally {
      await db.query(`UPDATE instance_search_values SET text = $2 WHERE instance_id = $1 AND field = 'item'`, [
        id,
        '笔记本电脑 100%',
      ]);
    }
  });

  it('writes a row only when its value changes', async () => {
    const versions = () =>
      db.query(`SELECT field, xmin::text AS xmin FROM instance_search_values WHERE instance_id = $1 ORDER BY field`, [
        ids[declared].big,
      ]);
    const before = await versions();
    await edit('big', { note: 'new note' });
    const after = await versions();
    const changed = after.filter((row: { field: string; xmin: string }) => {
      const old = before.find((b: { field: string }) => b.field === row.field);
      return !old || old.xmin !== row.xmin;
    });
    expect(changed.map((r: { field: string }) => r.field)).toEqual(['note']);
  });

  it('keeps the read rule and the keyset pages on the table', async () => {
    expect(await names(declared, 'field=amount&op=gt&value=5000', 'staff2')).toEqual(['huge']);
    expect(await differences(['amount', 'vendor.name'], 'staff2')).toEqual([]);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: request.Response = await request(t.http)
        .get(
          `/api/instances?definitionKey=${declared}&field=amount&op=ne&value=0&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        )
        .set(await t.auth('auditor'))
        .expect(200);
      seen.push(...res.body.items.map((i: { id: string }) => i.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    const all = await names(declared, 'field=amount&op=ne&value=0');
    expect(seen.map((id) => NAMES.find((n) => ids[declared][n] === id))).toEqual(all);
  });

  it('keeps the table in step through a move, a cancel and a close', async () => {
    const admin = await t.auth('admin');
    await both(async (key) => {
      await request(t.http)
        .post(`/api/instances/${ids[key].negative}/move`)
        .set(admin)
        .send({ to: 'review', reason: '修复' })
        .expect(200);
      await request(t.http)
        .post(`/api/instances/${ids[key].bools}/cancel`)
        .set(admin)
        .send({ reason: '作废' })
        .expect(200);
      await request(t.http)
        .post(`/api/instances/${ids[key].small}/events`)
        .set(await t.auth('staff'))
        .send({ type: 'CLOSE' })
        .expect(200);
    });
    expect(await names(declared, 'field=flag&value=moved')).toEqual(['negative']);
    expect(await differences(['flag', 'amount'])).toEqual([]);
    const { table, contexts } = await tableAndContexts(db, declared);
    expect(table).toEqual(contexts);
  });

  it('back-fills a field a new version declares, for every instance of the key, and migrated ones stay in step', async () => {
    await edit('huge', { extra: 42 });
    await edit('text', { extra: '42' });
    await publishSpec(t, declared, fieldSpec(declared, [...DECLARED, 'extra'], 2));
    await publishSpec(t, scanned, fieldSpec(scanned, undefined, 2));
    // Declared from now on for the whole key, version 1 instances included.
    expect(await names(declared, 'field=extra&value=42')).toEqual(['text', 'huge']);
    expect(await differences(['extra'])).toEqual([]);
    const owner = await t.auth('owner');
    await both(async (key) => {
      const res = await request(t.http)
        .post(`/api/definitions/${key}/versions/1/migration`)
        .set(owner)
        .send({ mapping: { open: 'check' }, reason: '新版上线' })
        .expect(200);
      // The one in review has no mapping: it stays on version 1.
      expect(res.body.counts).toMatchObject({ migrated: 6, 'cannot-migrate': 1, failed: 0 });
    });
    // A version 1 instance (not migrated) and a migrated one both keep stepping under the union.
    await edit('negative', { extra: 7 });
    await edit('long', { extra: 8 });
    expect(await names(declared, 'field=extra&op=lt&value=10')).toEqual(['long', 'negative']);
    expect(await differences(['extra', 'flag', 'amount', 'item'])).toEqual([]);
    const { table, contexts } = await tableAndContexts(db, declared);
    expect(table).toEqual(contexts);
  });

  it('answers alike past 5,000 matches, where each instance is probed in the list order', async () => {
    // 5,001 older copies in both definitions (by SQL, as instance-list-many-ids.spec.ts does), with
    // their search rows as a back-fill writes them: amount = n, item = "copy <n mod 7>".
    const base = new Date('2020-01-01T00:00:00.000Z').toISOString();
    await both(async (key) => {
      await db.query(
        `INSERT INTO instances (id, definition_key, definition_version, status, state, snapshot, business_key,
           started_by, seq, last_hash, created_at, updated_at)
         SELECT gen_random_uuid(), definition_key, definition_version, status, state,
           jsonb_set(snapshot, '{context}', jsonb_build_object('amount', g, 'item', 'copy ' || g % 7)), NULL,
           started_by, seq, last_hash, $2::timestamptz - g * interval '1 second', updated_at
         FROM instances, generate_series(1, ${MANY}) g WHERE id = $1`,
        [ids[key].big, base],
      );
    });
    await db.query(
      `INSERT INTO instance_search_values (instance_id, definition_key, field, num, text)
       SELECT i.id, i.definition_key, f.field, liucheng_search_num(v.j), v.j #>> '{}'
       FROM search_fields f JOIN instances i ON i.definition_key = f.definition_key
       CROSS JOIN LATERAL (SELECT i.snapshot->'context' #> f.path AS j) v
       WHERE f.definition_key = $1 AND i.created_at < $2::timestamptz AND v.j IS NOT NULL`,
      [declared, new Date(base).toISOString()],
    );
    /** Every page of a query, as each item's amount and item. */
    const all = async (key: string, query: string) => {
      const seen: unknown[] = [];
      let cursor: string | null = null;
      do {
        const res: request.Response = await request(t.http)
          .get(`/api/instances?definitionKey=${key}&${query}&limit=200${cursor ? `&cursor=${cursor}` : ''}`)
          .set(await t.auth('auditor'))
          .expect(200);
        seen.push(
          ...res.body.items.map((i: { context: Record<string, unknown> }) => [i.context.amount, i.context.item]),
        );
        cursor = res.body.nextCursor;
      } while (cursor);
      return seen;
    };
    for (const query of [
      'field=amount&op=gte&value=0',
      'field=amount&op=ne&value=4321',
      'field=item&op=contains&value=copy',
      'field=item&value=copy%203',
      'field=amount&value=4321',
      'field=amount&op=lt&value=3',
    ]) {
      const [fromTable, fromScan] = [await all(declared, query), await all(scanned, query)];
      expect({ query, count: fromTable.length }).toEqual({ query, count: fromScan.length });
      expect(fromTable).toEqual(fromScan);
    }
    expect((await all(declared, 'field=amount&op=gte&value=0')).length).toBeGreaterThan(MANY);
  });
});

describe('the search table under group commit', () => {
  let t: TestApp;
  const key = uniqueKey('field-gc');

  beforeAll(async () => {
    t = await startTestApp({ groupCommit: { enabled: true, lanes: 2, maxBatch: 32 } });
    await publishSpec(t, key, fieldSpec(key, DECLARED, 1));
  }, SETUP_TIMEOUT);
  afterAll(() => t?.close());

  it('keeps every instance of a batch in step, several events of one instance included', async () => {
    const staff = await t.auth('staff');
    const ids: string[] = [];
    for (let i = 0; i < 6; i++)
      ids.push(
        (
          await request(t.http)
            .post('/api/instances')
            .set(staff)
            .send({ definitionKey: key, input: { amount: i } })
        ).body.id,
      );
    // Events of different instances share transactions; each instance's follow in order.
    await Promise.all(
      ids.flatMap((id, i) =>
        [1, 2, 3].map((n) =>
          request(t.http)
            .post(`/api/instances/${id}/events`)
            .set(staff)
            .send({ type: 'EDIT', data: { amount: i * 10 + n, item: `item ${n}` } })
            .expect(200),
        ),
      ),
    );
    const db = t.app.get(DataSource);
    const rows = await db.query(
      `SELECT i.id, s.num::text AS num, i.snapshot->'context'->>'amount' AS amount FROM instances i
       JOIN instance_search_values s ON s.instance_id = i.id AND s.field = 'amount' WHERE i.definition_key = $1`,
      [key],
    );
    expect(rows).toHaveLength(ids.length);
    for (const row of rows) expect(row.num).toBe(row.amount);
    const res = await request(t.http)
      .get(`/api/instances?definitionKey=${key}&field=item&value=${encodeURIComponent('item 3')}`)
      .set(await t.auth('auditor'))
      .expect(200);
    expect(res.body.items).toHaveLength(ids.length);
  });
});

describe('a back-fill in the background', () => {
  let t: TestApp;
  const key = uniqueKey('field-fill');

  beforeAll(async () => {
    // Every key counts as large here, and two instances make a chunk.
    t = await startTestApp({ searchBackfill: { inlineLimit: 0, chunkSize: 2 } });
    await publishSpec(t, key, fieldSpec(key, DECLARED, 1));
  }, SETUP_TIMEOUT);
  afterAll(() => t?.close());

  it('fills a newly declared field while events change it, then the search reads the table', async () => {
    const admin = await t.auth('admin');
    const db = t.app.get(DataSource);
    const ids: string[] = [];
    for (let i = 0; i < 30; i++)
      ids.push(
        (
          await request(t.http)
            .post('/api/instances')
            .set(admin)
            .send({ definitionKey: key, input: { extra: i % 3 === 0 ? null : i } })
            .expect(201)
        ).body.id,
      );
    const ready = async () =>
      (await db.query(`SELECT ready FROM search_fields WHERE definition_key = $1 AND field = 'extra'`, [key]))[0]
        ?.ready as boolean | undefined;
    await publishSpec(t, key, fieldSpec(key, [...DECLARED, 'extra'], 2));
    // Events race the chunks: values change, appear and go away (a nested path set to {}).
    await Promise.all(
      ids.map((id, i) =>
        request(t.http)
          .post(`/api/instances/${id}/events`)
          .set(admin)
          .send({ type: 'EDIT', data: i % 2 ? { extra: `x${i}` } : { extra: { gone: true } } })
          .expect(200),
      ),
    );
    // Until ready the search reads contexts: the same answer.
    expect(
      (await request(t.http).get(`/api/instances?definitionKey=${key}&field=extra&value=x1`).set(admin)).body.items,
    ).toHaveLength(1);
    for (let i = 0; i < 200 && !(await ready()); i++) await new Promise((done) => setTimeout(done, 25));
    expect(await ready()).toBe(true);
    const { table, contexts } = await tableAndContexts(db, key);
    expect(table).toEqual(contexts);
    const odd = await request(t.http)
      .get(`/api/instances?definitionKey=${key}&field=extra&op=contains&value=x&limit=200`)
      .set(admin)
      .expect(200);
    expect(odd.body.items).toHaveLength(15);
  });
});
