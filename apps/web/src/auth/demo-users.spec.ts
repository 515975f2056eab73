import { DEMO_USERS as SEEDED } from '@liucheng/workflows';
import { DEMO_USERS } from './demo-users';

describe('the login page’s demo users', () => {
  it('lists every seeded demo user, once', () => {
    const listed = DEMO_USERS.map((demo) => demo.username);
    expect([...listed].sort()).toEqual(SEEDED.map((user) => user.username).sort());
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('shows each with a role the seed gives them', () => {
    for (const demo of DEMO_USERS) {
      const seeded = SEEDED.find((user) => user.username === demo.username);
      const roles = seeded?.roles?.map((grant) => grant.role) ?? [demo.username];
      expect(roles).toContain(demo.role);
    }
  });
});
