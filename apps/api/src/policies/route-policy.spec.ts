import { ROUTE_POLICIES, changesState, routeAllows, type RoutePolicyName } from './route-policy';

const ROLES = ['staff', 'leader', 'owner', 'auditor', 'admin'] as const;

/** The expected route-level decision per policy and role (README "Who may do what"). */
const EXPECTED: Record<RoutePolicyName, (typeof ROLES)[number][]> = {
  public: ['staff', 'leader', 'owner', 'auditor', 'admin'],
  signedIn: ['staff', 'leader', 'owner', 'auditor', 'admin'],
  ownAccount: ['staff', 'leader', 'owner', 'auditor', 'admin'],
  work: ['staff', 'leader', 'owner', 'admin'],
  startInstance: ['staff', 'leader', 'owner', 'admin'],
  sendEvent: ['staff', 'leader', 'owner', 'admin'],
  editDefinitions: ['owner', 'admin'],
  assignTasks: ['leader', 'admin'],
  readUsers: ['leader', 'auditor', 'admin'],
  manageUsers: ['admin'],
  readTimerIncidents: ['auditor', 'admin'],
  readMetrics: ['auditor', 'admin'],
  retryTimers: ['admin'],
  readDeliveries: ['admin'],
  manageOrg: ['admin'],
  previewApprovers: ['owner', 'admin'],
  ownProxies: ['staff', 'leader', 'owner', 'auditor', 'admin'],
  readProxies: ['auditor', 'admin'],
  readAudit: ['auditor', 'admin'],
  readLedger: ['leader', 'auditor', 'admin'],
  manageAudit: ['admin'],
  operateInstances: ['admin'],
  migrateInstances: ['owner', 'admin'],
  manageCalendars: ['admin'],
  manageSchedules: ['owner', 'admin'],
  readScheduleRuns: ['owner', 'auditor', 'admin'],
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

  const changing = (Object.keys(ROUTE_POLICIES) as RoutePolicyName[]).filter((name) =>
    changesState(ROUTE_POLICIES[name]),
  );
  it('treats every policy that does not say it only reads as changing', () => {
    expect(changing.sort()).toEqual([
      'assignTasks',
      'editDefinitions',
      'manageAudit',
      'manageCalendars',
      'manageOrg',
      'manageSchedules',
      'manageUsers',
      'migrateInstances',
      'operateInstances',
      'retryTimers',
      'sendEvent',
      'startInstance',
      'work',
    ]);
    expect(changesState({ allow: 'signed-in' })).toBe(true);
  });

  it.each(changing.flatMap((name) => ROLES.filter((r) => r !== 'auditor').map((role) => [name, role] as const)))(
    '%s refuses auditor together with %s',
    (name, role) => {
      expect(routeAllows(ROUTE_POLICIES[name], { roles: ['auditor', role] })).toBe(false);
      expect(routeAllows(ROUTE_POLICIES[name], { roles: [role, 'auditor'] })).toBe(false);
    },
  );
});
