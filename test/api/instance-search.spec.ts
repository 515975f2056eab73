// The auditor's instance search (version, participant, a data-field comparison on the context,
// with keyset paging) and the history player's steps, over real HTTP and PostgreSQL.
import request from 'supertest';
import { purchaseApprovalSpec } from './support/approval-definitions';
import { publishSpec, uniqueKey } from './support/publish';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';

interface Row {
  id: string;
  version: number;
  status: string;
  context: Record<string, unknown>;
}

describe('instance search and replay steps', () => {
  let t: TestApp;
  const key = uniqueKey('audit-search');
  const ids: Record<string, string> = {};

  async function start(input: Record<string, unknown>, user = 'staff'): Promise<Row> {
    const res = await request(t.http)
      .post('/api/instances')
      .set(await t.auth(user))
      .send({ definitionKey: key, input });
    expect(res.status).toBe(201);
    return res.body as Row;
  }
  async function send(id: string, user: string, type: string, data: Record<string, unknown> = {}) {
    const res = await request(t.http)
      .post(`/api/instances/${id}/events`)
      .set(await t.auth(user))
      .send({ type, data });
    expect(res.status).toBe(200);
  }
  async function search(query: string, user = 'auditor'): Promise<Row[]> {
    const res = await request(t.http)
      .get(`/api/instances?definitionKey=${key}&${query}`)
      .set(await t.auth(user));
    expect(res.status).toBe(200);
    return res.body.items as Row[];
  }
  const names = (found: Row[]) => found.map((row) => Object.keys(ids).find((name) => ids[name] === row.id));

  beforeAll(async () => {
    t = await startTestApp();
    await publishSpec(t, key, purchaseApprovalSpec(key));
    // Oldest first: small, big, huge, then an item that reads like a number (a string all the same).
    ids.small = (await start({ item: '打印纸', amount: 800 })).id;
    ids.big = (await start({ item: '笔记本电脑 100%', amount: 6000 })).id;
    ids.huge = (await start({ item: '服务器', amount: 12000.5 }, 'staff2')).id;
    ids.text = (await start({ item: '9000', amount: 100 })).id;
    // The manager (leader) approves the big one: leader takes part in it, finance now has tasks on it.
    await send(ids.big, 'leader', 'APPROVE', { comment: '同意' });
    await publishSpec(t, key, purchaseApprovalSpec(key));
    ids.v2 = (await start({ item: '新版', amount: 7000 })).id;
  }, SETUP_TIMEOUT);
  afterAll(() => t?.close());

  it('compares a context field: numbers by value, strings by text, only numbers for gt/gte/lt/lte', async () => {
    expect(names(await search('field=amount&op=gt&value=5000'))).toEqual(['v2', 'huge', 'big']);
    expect(names(await search('field=amount&op=gte&value=6000'))).toEqual(['v2', 'huge', 'big']);
    expect(names(await search('field=amount&op=lt&value=6000'))).toEqual(['text', 'small']);
    expect(names(await search('field=amount&op=lte&value=12000.5'))).toEqual(['v2', 'text', 'huge', 'big', 'small']);
    expect(names(await search('field=amount&op=eq&value=6000.0'))).toEqual(['big']);
    expect(names(await search('field=item&value=9000'))).toEqual(['text']);
    expect(names(await search(`field=item&op=ne&value=9000`)).sort()).toEqual(['big', 'huge', 'small', 'v2']);
  });

  it('matches contains literally: % and _ are not wildcards, a quote is only text', async () => {
    expect(names(await search(`field=item&op=contains&value=${encodeURIComponent('100%')}`))).toEqual(['big']);
    expect(await search(`field=item&op=contains&value=${encodeURIComponent('_')}`)).toEqual([]);
    expect(await search(`field=item&value=${encodeURIComponent("x' OR '1'='1")}`)).toEqual([]);
    expect(names(await search(`field=item&op=contains&value=${encodeURIComponent('笔记本')}`))).toEqual(['big']);
  });

  it('filters by version, participant and status together with the field', async () => {
    expect(names(await search('definitionVersion=2'))).toEqual(['v2']);
    expect(names(await search('definitionVersion=1&field=amount&op=gt&value=5000'))).toEqual(['huge', 'big']);
    // leader has (had) the manager task of every one; finance has tasks on big only (after the approval).
    expect(names(await search('participant=leader'))).toEqual(['v2', 'text', 'huge', 'big', 'small']);
    expect(names(await search('participant=finance'))).toEqual(['big']);
    expect(names(await search('participant=staff2'))).toEqual(['huge']);
    expect(names(await search('participant=legal'))).toEqual([]);
    expect(names(await search('status=running&participant=staff&field=amount&op=lt&value=1000'))).toEqual([
      'text',
      'small',
    ]);
    expect(await search('status=done')).toEqual([]);
  });

  it('pages by keyset with a field filter, every match once, newest first', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: request.Response = await request(t.http)
        .get(
          `/api/instances?definitionKey=${key}&field=amount&op=gt&value=5000&limit=1${cursor ? `&cursor=${cursor}` : ''}`,
        )
        .set(await t.auth('auditor'));
      expect(res.status).toBe(200);
      expect(res.body.items).toHaveLength(1);
      seen.push(res.body.items[0].id);
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([ids.v2, ids.huge, ids.big]);
  });

  it('keeps the read rule: a starter finds only their own instances', async () => {
    expect(names(await search('field=amount&op=gt&value=5000', 'staff2'))).toEqual(['huge']);
  });

  it.each([
    ['field=amount%27%3B%20DROP%20TABLE%20instances%3B--&op=gt&value=1', '/field', 'search-field-invalid'],
    ['field=a..b&value=1', '/field', 'search-field-invalid'],
    ['field=amount&op=between&value=1', '/op', 'search-operator-invalid'],
    ['field=amount&op=gt&value=lots', '/value', 'search-value-not-number'],
    ['field=amount&op=gt&value=1e9', '/value', 'search-value-not-number'],
    ['field=amount&op=gt', '/value', 'search-field-incomplete'],
    ['op=gt&value=1', '/field', 'search-field-incomplete'],
    ['definitionVersion=0', '/definitionVersion', 'min'],
    ['definitionVersion=1.5', '/definitionVersion', 'isInt'],
    ['status=lost', '/status', 'isIn'],
    [`participant=${'x'.repeat(101)}`, '/participant', 'maxLength'],
    ['from=2026-02-30x', '/from', 'matches'],
    ['cursor=bm90LWEtY3Vyc29y', '/cursor', undefined],
    ['limit=0', '/limit', 'min'],
    [`definitionKey=${'k'.repeat(101)}`, '/definitionKey', 'maxLength'],
    [`startedBy=${'s'.repeat(101)}`, '/startedBy', 'maxLength'],
    [`businessKey=${'b'.repeat(201)}`, '/businessKey', 'maxLength'],
    ['to=2026-1-1', '/to', 'matches'],
    [`field=${'a'.repeat(65)}&value=1`, '/field', 'search-field-invalid'],
    ['field=a.b.c.d.e.f.g.h.i&value=1', '/field', 'search-field-invalid'],
    ['unknown=1', '/unknown', 'whitelistValidation'],
  ])('answers 400 naming the parameter for %s', async (query, path, code) => {
    const res = await request(t.http)
      .get(`/api/instances?${query}`)
      .set(await t.auth('auditor'));
    expect(res.status).toBe(400);
    const problems = (res.body.details.errors as { path: string; code?: string }[]).filter((e) => e.path === path);
    expect(problems.length).toBeGreaterThan(0);
    if (code) expect(problems.map((p) => p.code)).toContain(code);
  });

  it('gives the player every step recomputed from history, pageable', async () => {
    const res = await request(t.http)
      .get(`/api/instances/${ids.big}/replay/steps`)
      .set(await t.auth('auditor'));
    expect(res.status).toBe(200);
    const { items, total, nextFrom } = res.body;
    const history = await request(t.http)
      .get(`/api/instances/${ids.big}/history`)
      .set(await t.auth('auditor'));
    expect(total).toBe(history.body.items.length);
    expect(nextFrom).toBeNull();
    expect(items.map((s: { seq: number }) => s.seq)).toEqual(history.body.items.map((e: { seq: number }) => e.seq));
    expect(items.map((s: { state: unknown }) => s.state)).toEqual(
      history.body.items.map((e: { stateAfter: unknown }) => e.stateAfter),
    );
    expect(items[0]).toMatchObject({ type: '@start', actor: 'staff', activeStates: ['manager'] });
    expect(items[0].changes).toEqual(expect.arrayContaining([{ path: 'amount', kind: 'added', after: 6000 }]));
    const approved = items.find((s: { type: string }) => s.type === 'APPROVE');
    expect(approved).toMatchObject({ actor: 'leader', activeStates: ['finance'] });
    expect(approved.transitions.at(-1)).toMatchObject({ event: 'APPROVE', from: ['manager'], to: ['finance'] });
    expect(approved.changes.length).toBeGreaterThan(0);

    const page = await request(t.http)
      .get(`/api/instances/${ids.big}/replay/steps?from=2&limit=1`)
      .set(await t.auth('auditor'));
    expect(page.status).toBe(200);
    expect(page.body.items).toEqual([items[1]]);
    expect(page.body.nextFrom).toBe(total >= 3 ? 3 : null);
    const past = await request(t.http)
      .get(`/api/instances/${ids.big}/replay/steps?from=${total + 1}`)
      .set(await t.auth('auditor'));
    expect(past.body).toEqual({ items: [], total, nextFrom: null });
  });

  it.each([
    ['from=0', '/from'],
    ['from=x', '/from'],
    ['limit=501', '/limit'],
    ['limit=-1', '/limit'],
    ['seq=1', '/seq'],
  ])('answers 400 for replay steps with %s', async (query, path) => {
    const res = await request(t.http)
      .get(`/api/instances/${ids.big}/replay/steps?${query}`)
      .set(await t.auth('auditor'));
    expect(res.status).toBe(400);
    expect(res.body.details.errors.map((e: { path: string }) => e.path)).toContain(path);
  });

  it('applies the read rule to replay steps: 403 for an outsider, 404 for no instance', async () => {
    const outsider = await request(t.http)
      .get(`/api/instances/${ids.big}/replay/steps`)
      .set(await t.auth('staff2'));
    expect(outsider.status).toBe(403);
    const missing = await request(t.http)
      .get('/api/instances/00000000-0000-4000-8000-000000000000/replay/steps')
      .set(await t.auth('auditor'));
    expect(missing.status).toBe(404);
  });
});
