import { managerChain, managerOf, resolveApprovers } from '@liucheng/engine';
import { demoOrgSnapshot } from './demo-org-snapshot';
import { DEMO_DEPARTMENTS, DEMO_USERS, ROLES } from './demo-organisation.data';

describe('demoOrgSnapshot (the demo organisation for pure walks)', () => {
  const org = demoOrgSnapshot();
  const resolve = (sources: Parameters<typeof resolveApprovers>[0], starter = 'staff') =>
    resolveApprovers(sources, org, { starter }).users;

  it('holds every demo user and department, parents and heads known, roles canonical', () => {
    expect(org.users.map((u) => u.username)).toEqual(DEMO_USERS.map((u) => u.username));
    const codes = new Set(DEMO_DEPARTMENTS.map((d) => d.code));
    const users = new Set(DEMO_USERS.map((u) => u.username));
    for (const d of org.departments) {
      if (d.parentId !== null) expect(codes).toContain(d.parentId);
      if (d.head !== null) expect(users).toContain(d.head);
    }
    const roles = new Set(ROLES.map((r) => r.name));
    for (const u of org.users) {
      expect(codes).toContain(u.departmentId);
      for (const g of u.roles) expect(roles).toContain(g.role);
    }
  });

  it.each([
    ['staff', 'leader'],
    ['staff2', 'leader'],
    ['branch-staff', 'hq'],
    ['leader', 'hq'],
    ['hq', null],
  ])("%s's manager is %s (explicit, else the department head up the tree)", (user, manager) => {
    expect(managerOf(org, user)).toBe(manager);
  });

  it('goes up the manager chain to the company leadership', () => {
    expect(managerChain(org, 'staff', { untilRole: 'hq' })).toEqual(['leader', 'hq']);
  });

  it("scopes finance to the starter's unit: head office finance, or the county branch's reviewer", () => {
    expect(resolve([{ kind: 'role', role: 'finance' }])).toEqual(['finance', 'branch-finance']);
    expect(resolve([{ kind: 'role', role: 'finance', scope: 'starter-department' }])).toEqual(['finance']);
    expect(resolve([{ kind: 'role', role: 'finance', scope: 'starter-department' }], 'branch-staff')).toEqual([
      'branch-finance',
    ]);
  });
});
