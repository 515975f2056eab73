import { scopedRoleProblems } from './scoped-role-rules';

describe('scopedRoleProblems', () => {
  it('accepts workflow roles held in a department', () => {
    expect(scopedRoleProblems([{ role: 'finance' }, { role: 'leader' }])).toEqual([]);
  });

  it.each(['admin', 'owner', 'auditor'])('refuses %s, naming its index', (role) => {
    expect(scopedRoleProblems([{ role: 'finance' }, { role }])).toEqual([
      { path: '/scopedRoles/1/role', message: expect.stringContaining(role), code: 'role-not-scopable' },
    ]);
  });
});
