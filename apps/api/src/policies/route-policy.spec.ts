import { ROUTE_POLICIES, routeAllows, type RoutePolicyName } from './route-policy';

const ROLES = ['staff', 'leader', 'owner', 'auditor', 'admin'] as const;

/** The expected route-level decision per policy and role (README "Who may do what"). */
const EXPECTED: Record<RoutePolicyName, (typeof ROLES)[number][]> = {
  public: ['staff', 'leader', 'owner', 'auditor', 'admin'],
  signedIn: ['staff', 'leader', 'owner', 'auditor', 'admin'],
  work: ['staff', 'leader', 'owner', 'admin'],
  sendEvent: ['staff', 'leader', 'owner', 'admin'],
  editDefinitions: ['owner', 'admin'],
  assignTasks: ['leader', 'admin'],
  readUsers: ['leader', 'auditor', 'admin'],
  manageUsers: ['admin'],
  readDeliveries: ['admin'],
};

describe('routeAllows', () => {
  const cases = (Object.keys(ROUTE_POLICIES) as RoutePolicyName[]).flatMap((name) =>
    ROLES.map((role) => [name, role, EXPECTED[name].includes(role)] as const),
  );
  it.each(cases)('%s lets %s in: %s', (name, role, expected) => {
    expect(routeAllows(ROUTE_POLICIES[name], { roles: [role] })).toBe(expected);
  });

  it('denies an auditor who also holds an allowed role', () => {
    expect(routeAllows(ROUTE_POLICIES.assignTasks, { roles: ['leader', 'auditor'] })).toBe(false);
  });
});
