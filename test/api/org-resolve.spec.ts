import request from 'supertest';
import { DataSource } from 'typeorm';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';

const RUN = `${process.pid}-${Date.now().toString(36)}`;

describe('organisation: scoped roles, manager chains, approver preview', () => {
  let t: TestApp;
  let admin: { Authorization: string };
  let branchId: string;
  let financeId: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.auth('admin');
    const tree = (await request(t.http).get('/api/departments').set(admin).expect(200)).body.items;
    const hq = tree.find((d: { code: string }) => d.code === 'hq');
    const child = (c: string) => hq.children.find((d: { code: string }) => d.code === c).id as string;
    branchId = child('county-branch');
    financeId = child('finance');
  }, SETUP_TIMEOUT);
  // No active finance or legal role holders left behind: workflows resolve approvers from the
  // organisation, and the API tests share one database (workflow-scenarios walks 会签 by finance).
  afterAll(async () => {
    if (t)
      await t.app
        .get(DataSource)
        .query(
          `UPDATE users SET active = false WHERE username LIKE $1 AND id IN (SELECT user_id FROM user_roles WHERE role IN ('finance', 'legal'))`,
          [`%-${RUN}`],
        );
    await t?.close();
  });

  const createUser = (username: string, extra: Record<string, unknown>) =>
    request(t.http)
      .post('/api/users')
      .set(admin)
      .send({ username, displayName: '测试', password: 'first-password', roles: ['staff'], ...extra });

  describe('users with a department and scoped roles', () => {
    it('creates one; the scoped role is in the token and counts as the role', async () => {
      const username = `scoped-${RUN}`;
      const res = await createUser(username, {
        departmentId: branchId,
        scopedRoles: [{ role: 'legal', departmentId: branchId }],
      }).expect(201);
      expect(res.body).toMatchObject({
        departmentId: branchId,
        roles: ['legal', 'staff'],
        scopedRoles: [{ role: 'legal', departmentId: branchId }],
      });
      const login = await request(t.http)
        .post('/api/auth/login')
        .send({ username, password: 'first-password' })
        .expect(200);
      expect([...login.body.user.roles].sort()).toEqual(['legal', 'staff']);
    });

    it('keeps scoped roles when the plain roles change, and the reverse', async () => {
      const username = `keep-${RUN}`;
      await createUser(username, { scopedRoles: [{ role: 'finance', departmentId: branchId }] }).expect(201);
      const patch = (body: Record<string, unknown>) =>
        request(t.http).patch(`/api/users/${username}`).set(admin).send(body).expect(200);
      expect((await patch({ roles: ['sales'] })).body).toMatchObject({
        roles: ['finance', 'sales'],
        scopedRoles: [{ role: 'finance', departmentId: branchId }],
      });
      expect((await patch({ scopedRoles: [{ role: 'finance', departmentId: financeId }] })).body).toMatchObject({
        roles: ['finance', 'sales'],
        scopedRoles: [{ role: 'finance', departmentId: financeId }],
      });
      expect((await patch({ roles: ['finance'], scopedRoles: [] })).body).toMatchObject({
        roles: ['finance'],
        scopedRoles: [],
      });
      expect((await patch({ departmentId: financeId })).body.departmentId).toBe(financeId);
      expect((await patch({ departmentId: null })).body.departmentId).toBeNull();
    });

    it.each([
      ['an unknown department', { departmentId: '00000000-0000-4000-8000-000000000000' }, 422, '/departmentId'],
      ['a malformed department id', { departmentId: 'finance' }, 400, '/departmentId'],
      [
        'a scoped role in an unknown department',
        { scopedRoles: [{ role: 'finance', departmentId: '00000000-0000-4000-8000-000000000000' }] },
        422,
        '/scopedRoles/0/departmentId',
      ],
      [
        'an unknown scoped role',
        { scopedRoles: [{ role: 'wizard', departmentId: 'B' }] },
        400,
        '/scopedRoles/0/departmentId',
      ],
      [
        'a scoped role without a department',
        { scopedRoles: [{ role: 'finance' }] },
        400,
        '/scopedRoles/0/departmentId',
      ],
    ])('refuses %s', async (_what, extra, status, path) => {
      const res = await createUser(`bad-${RUN}-${Math.random().toString(36).slice(2, 8)}`, extra).expect(status);
      expect(res.body.details.errors.map((e: { path: string }) => e.path)).toContain(path);
    });

    it('refuses an unknown role held in a department, naming it', async () => {
      const res = await createUser(`bad-role-${RUN}`, {
        scopedRoles: [{ role: 'wizard', departmentId: branchId }],
      }).expect(422);
      expect(res.body.details.errors).toEqual([{ path: '/scopedRoles/0/role', message: 'unknown role "wizard"' }]);
    });

    it.each(['admin', 'owner', 'auditor'])('refuses %s held in one department only', async (role) => {
      const res = await createUser(`bad-scope-${role}-${RUN}`, {
        scopedRoles: [{ role, departmentId: branchId }],
      }).expect(422);
      expect(res.body.details).toMatchObject({
        reason: 'role-not-scopable',
        errors: [{ path: '/scopedRoles/0/role', code: 'role-not-scopable' }],
      });
    });

    it('refuses a scoped role next to a global auditor role (auditor is held alone)', async () => {
      const res = await createUser(`bad-mix-${RUN}`, {
        roles: ['auditor'],
        scopedRoles: [{ role: 'finance', departmentId: branchId }],
      }).expect(422);
      expect(res.body.details.reason).toBe('auditor-exclusive');
    });
  });

  describe('GET /api/users/:username/managers', () => {
    const managers = async (username: string, who = 'leader') =>
      request(t.http)
        .get(`/api/users/${username}/managers`)
        .set(await t.auth(who));

    it('follows explicit managers, then department heads, to the top', async () => {
      const staff = await managers('staff').then((r) => r.body);
      expect(staff).toEqual({
        username: 'staff',
        end: 'top',
        managers: [
          { username: 'leader', displayName: '李四 (leader)', active: true },
          { username: 'hq', displayName: '冯二 (hq)', active: true },
        ],
      });
      expect((await managers('staff2')).body.managers.map((m: { username: string }) => m.username)).toEqual([
        'leader',
        'hq',
      ]);
      expect((await managers('branch-staff')).body.managers.map((m: { username: string }) => m.username)).toEqual([
        'hq',
      ]);
      expect((await managers('hq')).body).toEqual({ username: 'hq', end: 'top', managers: [] });
    });

    it('is 404 for an unknown user and 403 for staff', async () => {
      expect((await managers(`nobody-${RUN}`)).status).toBe(404);
      expect((await managers('staff', 'staff')).status).toBe(403);
    });
  });

  describe('POST /api/org/resolve', () => {
    it('resolves a registry source (byAmount) against the form data', async () => {
      const sources = [
        {
          kind: 'registry',
          name: 'byAmount',
          params: {
            field: 'context.amount',
            tiers: [{ upTo: 5000, approvers: [{ kind: 'manager' }] }, { approvers: [{ kind: 'manager', level: 2 }] }],
          },
        },
      ];
      const owner = await t.auth('owner');
      const small = await request(t.http)
        .post('/api/org/resolve')
        .set(owner)
        .send({ starter: 'staff', sources, context: { amount: 800 } })
        .expect(200);
      expect(small.body.users).toEqual(['leader']);
      const large = await request(t.http)
        .post('/api/org/resolve')
        .set(owner)
        .send({ starter: 'staff', sources, context: { amount: 80000 } })
        .expect(200);
      expect(large.body.users).toEqual(['hq']);
    });

    const resolve = async (body: Record<string, unknown>, who = 'owner') =>
      request(t.http)
        .post('/api/org/resolve')
        .set(await t.auth(who))
        .send(body);
    const financeReview = [{ kind: 'manager' }, { kind: 'role', role: 'finance', scope: 'starter-department' }];

    it('gives the branch its own finance reviewer and the head office its finance department', async () => {
      const branch = await resolve({ starter: 'branch-staff', sources: financeReview });
      expect(branch.status).toBe(200);
      expect(branch.body).toEqual({
        users: ['hq', 'branch-finance'],
        empty: false,
        trace: [
          { source: { kind: 'manager' }, users: ['hq'] },
          { source: financeReview[1], users: ['branch-finance'] },
        ],
      });
      // Other users of the shared database may hold finance everywhere too; the branch's does not count here.
      const office = (await resolve({ starter: 'staff2', sources: financeReview })).body.users as string[];
      expect(office[0]).toBe('leader');
      expect(office).toContain('finance');
      expect(office).not.toContain('branch-finance');
    });

    it('reads a department and a person chosen in the form, and reports an empty result', async () => {
      const res = await resolve({
        starter: 'staff',
        context: { branch: 'county-branch', approver: ['legal', 'finance'] },
        sources: [
          { kind: 'role', role: 'finance', scope: { field: 'context.branch' } },
          { kind: 'field', field: 'context.approver' },
          { kind: 'department-head', department: { field: 'context.branch' } },
        ],
      });
      expect(res.body.users).toEqual(['branch-finance', 'legal', 'finance', 'hq']);
      expect(res.body.trace[2]).toMatchObject({ users: ['hq'], note: 'inherited-head' });
      const empty = await resolve({ starter: 'staff', sources: [{ kind: 'field', field: 'context.nobody' }] });
      expect(empty.body).toMatchObject({ users: [], empty: true, trace: [{ note: 'field-empty' }] });
    });

    it('refuses a malformed source with 400 naming it, and an unknown starter with 422', async () => {
      const bad = await resolve({ starter: 'staff', sources: [{ kind: 'manager' }, { kind: 'boss' }] });
      expect(bad.status).toBe(400);
      expect(bad.body.details.errors.map((e: { path: string }) => e.path)).toContain('/sources/1/kind');
      const stranger = await resolve({ starter: `nobody-${RUN}`, sources: [{ kind: 'starter' }] });
      expect(stranger.status).toBe(422);
      expect(stranger.body.details).toMatchObject({ reason: 'unknown-starter', errors: [{ path: '/starter' }] });
      expect((await resolve({ sources: [] })).status).toBe(400);
    });

    it('is for owners and admins only', async () => {
      expect((await resolve({ starter: 'staff', sources: [{ kind: 'starter' }] }, 'admin')).status).toBe(200);
      expect((await resolve({ starter: 'staff', sources: [{ kind: 'starter' }] }, 'leader')).status).toBe(403);
    });
  });
});
