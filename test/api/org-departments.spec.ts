import request from 'supertest';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';

/** Codes unique to this run (files share one database). */
const RUN = `${process.pid}-${Date.now().toString(36)}`;
const code = (prefix: string) => `${prefix}-${RUN}`.toLowerCase().replace(/[^a-z0-9-]/g, '');

interface Node {
  id: string;
  code: string;
  head: string | null;
  parentId: string | null;
  children: Node[];
}

describe('departments', () => {
  let t: TestApp;
  let admin: { Authorization: string };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.auth('admin');
  }, SETUP_TIMEOUT);
  afterAll(() => t?.close());

  const create = (body: Record<string, unknown>) => request(t.http).post('/api/departments').set(admin).send(body);
  const patch = (id: string, body: Record<string, unknown>) =>
    request(t.http).patch(`/api/departments/${id}`).set(admin).send(body);
  const name = { zh: '测试部', en: 'Test department' };

  it('shows the demo organisation as a tree to every signed-in user', async () => {
    const res = await request(t.http)
      .get('/api/departments')
      .set(await t.auth('staff'))
      .expect(200);
    const hq = (res.body.items as Node[]).find((d) => d.code === 'hq') as Node;
    expect(hq).toMatchObject({ head: 'hq', parentId: null, name: { zh: '总部', en: 'Headquarters' } });
    const children = Object.fromEntries(hq.children.map((c) => [c.code, c.head]));
    expect(children).toMatchObject({
      bizdev: 'leader',
      marketing: 'market',
      projects: 'project',
      sales: 'sales',
      finance: 'finance',
      legal: 'legal',
      office: 'office',
      'county-branch': null,
    });
    await request(t.http).get('/api/departments').expect(401);
  });

  it('places the demo users and gives the branch reviewer a scoped finance role', async () => {
    const tree = (await request(t.http).get('/api/departments').set(admin).expect(200)).body.items as Node[];
    const all = tree.flatMap(function flat(n: Node): Node[] {
      return [n, ...n.children.flatMap(flat)];
    });
    const branch = all.find((d) => d.code === 'county-branch') as Node;
    const user = await request(t.http).get('/api/users/branch-finance').set(admin).expect(200);
    expect(user.body).toMatchObject({
      departmentId: branch.id,
      roles: ['finance'],
      scopedRoles: [{ role: 'finance', departmentId: branch.id }],
    });
    const staff = await request(t.http).get('/api/users/staff').set(admin).expect(200);
    expect(staff.body.departmentId).toBe(all.find((d) => d.code === 'bizdev')?.id);
  });

  it('creates a department under a parent with a head', async () => {
    const parent = await create({ code: code('parent'), name }).expect(201);
    expect(parent.body).toEqual({
      id: expect.any(String),
      code: code('parent'),
      name,
      parentId: null,
      head: null,
      createdAt: expect.stringMatching(/^\d{4}-/),
    });
    const child = await create({ code: code('child'), name, parentId: parent.body.id, head: 'leader' }).expect(201);
    expect(child.body).toMatchObject({ parentId: parent.body.id, head: 'leader' });
    const tree = (await request(t.http).get('/api/departments').set(admin).expect(200)).body.items as Node[];
    expect(tree.find((d) => d.id === parent.body.id)?.children.map((c) => c.code)).toEqual([code('child')]);
  });

  it.each([
    ['a code that is not kebab-case', { code: 'Bad Code', name }, 400, '/code'],
    ['a missing English name', { code: 'x-1', name: { zh: '部' } }, 400, '/name/en'],
    ['a blank Chinese name', { code: 'x-2', name: { zh: ' ', en: 'x' } }, 400, '/name/zh'],
    ['a malformed parent id', { code: 'x-3', name, parentId: 'nope' }, 400, '/parentId'],
    ['an unknown parent', { code: 'x-4', name, parentId: '00000000-0000-4000-8000-000000000000' }, 422, '/parentId'],
    ['an unknown head', { code: 'x-5', name, head: 'nobody-at-all' }, 422, '/head'],
    ['an unknown field', { code: 'x-6', name, budget: 1 }, 400, '/budget'],
  ])('refuses %s', async (_what, body, status, path) => {
    const res = await create(body).expect(status);
    expect(res.body.details.errors.map((e: { path: string }) => e.path)).toContain(path);
  });

  it('refuses a taken code with 409 department-code-taken', async () => {
    await create({ code: code('taken'), name }).expect(201);
    const res = await create({ code: code('taken'), name }).expect(409);
    expect(res.body.details).toMatchObject({ reason: 'department-code-taken', errors: [{ path: '/code' }] });
  });

  it('lets only admins change departments', async () => {
    for (const who of ['staff', 'leader', 'owner', 'auditor'])
      await request(t.http)
        .post('/api/departments')
        .set(await t.auth(who))
        .send({ code: code(`by-${who}`), name })
        .expect(403);
  });

  it('renames, moves, sets and clears the head', async () => {
    const a = (await create({ code: code('move-a'), name }).expect(201)).body;
    const b = (await create({ code: code('move-b'), name }).expect(201)).body;
    const renamed = await patch(b.id, { name: { zh: '新名', en: 'New name' }, code: code('move-b2') }).expect(200);
    expect(renamed.body).toMatchObject({ name: { zh: '新名', en: 'New name' }, code: code('move-b2') });
    expect((await patch(b.id, { parentId: a.id, head: 'finance' }).expect(200)).body).toMatchObject({
      parentId: a.id,
      head: 'finance',
    });
    expect((await patch(b.id, { parentId: null, head: null }).expect(200)).body).toMatchObject({
      parentId: null,
      head: null,
    });
  });

  it('refuses a move that closes a loop with 422 naming /parentId', async () => {
    const top = (await create({ code: code('loop-top'), name }).expect(201)).body;
    const mid = (await create({ code: code('loop-mid'), name, parentId: top.id }).expect(201)).body;
    const low = (await create({ code: code('loop-low'), name, parentId: mid.id }).expect(201)).body;
    for (const parentId of [low.id, top.id]) {
      const res = await patch(top.id, { parentId }).expect(422);
      expect(res.body.details).toMatchObject({
        reason: 'department-cycle',
        errors: [{ path: '/parentId', code: 'department-cycle' }],
      });
    }
    expect(
      (await request(t.http).get('/api/departments').set(admin)).body.items.some((d: Node) => d.id === top.id),
    ).toBe(true);
  });

  it('lets only one of two crossing moves through, so no loop forms', async () => {
    const a = (await create({ code: code('cross-a'), name }).expect(201)).body;
    const b = (await create({ code: code('cross-b'), name }).expect(201)).body;
    const answers = await Promise.all([patch(a.id, { parentId: b.id }), patch(b.id, { parentId: a.id })]);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 422]);
    const tree = (await request(t.http).get('/api/departments').set(admin).expect(200)).body.items as Node[];
    expect(tree.filter((d) => d.id === a.id || d.id === b.id)).toHaveLength(1);
  });

  it('answers 404 for an unknown department and 400 for a malformed id', async () => {
    await patch('00000000-0000-4000-8000-000000000000', { name }).expect(404);
    await request(t.http).delete('/api/departments/00000000-0000-4000-8000-000000000000').set(admin).expect(404);
    const res = await patch('not-a-uuid', { name }).expect(400);
    expect(res.body.details.errors[0].path).toBe('/id');
  });

  it('deletes only an empty department: 409 while it has children, users or scoped roles', async () => {
    const parent = (await create({ code: code('del-parent'), name }).expect(201)).body;
    const child = (await create({ code: code('del-child'), name, parentId: parent.id }).expect(201)).body;
    const del = (id: string) => request(t.http).delete(`/api/departments/${id}`).set(admin);
    expect((await del(parent.id).expect(409)).body.details.reason).toBe('department-has-children');

    const username = `del-user-${RUN}`;
    await request(t.http)
      .post('/api/users')
      .set(admin)
      .send({ username, displayName: '人', password: 'first-password', roles: ['staff'], departmentId: child.id })
      .expect(201);
    expect((await del(child.id).expect(409)).body.details.reason).toBe('department-has-users');
    await request(t.http)
      .patch(`/api/users/${username}`)
      .set(admin)
      .send({ departmentId: null, scopedRoles: [{ role: 'finance', departmentId: child.id }] })
      .expect(200);
    expect((await del(child.id).expect(409)).body.details.reason).toBe('department-has-role-grants');
    await request(t.http).patch(`/api/users/${username}`).set(admin).send({ scopedRoles: [] }).expect(200);

    await del(child.id).expect(204);
    await del(parent.id).expect(204);
    await del(parent.id).expect(404);
  });
});
