import { mayStart } from './start.policy';

describe('mayStart', () => {
  it.each([
    [undefined, ['staff'], true],
    [[], ['auditor'], true],
    [['staff'], ['staff'], true],
    [['leader'], ['staff'], false],
    [['leader', 'bizdev'], ['bizdev', 'staff'], true],
  ])('starterRoles %j, user roles %j -> %s', (starterRoles, roles, expected) => {
    expect(mayStart(starterRoles, { roles })).toBe(expected);
  });
});
