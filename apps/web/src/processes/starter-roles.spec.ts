import { mayStart, starterRoles } from './starter-roles';

describe('starterRoles', () => {
  it.each([
    [{ meta: { starterRoles: ['staff', 'sales'] } }, ['staff', 'sales']],
    [{ meta: { starterRoles: ['staff', 3] } }, ['staff']],
    [{ meta: {} }, []],
    [{ meta: { starterRoles: 'staff' } }, []],
    [null, []],
  ])('%j -> %j', (spec, expected) => {
    expect(starterRoles(spec)).toEqual(expected);
  });
});

describe('mayStart', () => {
  it.each([
    [['staff'], ['staff'], true],
    [['staff', 'sales'], ['finance', 'sales'], true],
    [['staff'], ['leader'], false],
    [['staff'], [], false],
    [[], ['auditor'], true],
  ])('starters %j, user %j -> %s', (roles, userRoles, expected) => {
    expect(mayStart(roles, userRoles)).toBe(expected);
  });
});
