// Demo users that exist on the embedded database (README "Demo users"); all share one password.
// Each is listed with the role it demonstrates (and, for the branch users, where it is held).
export const DEMO_USERS = [
  { username: 'staff', role: 'staff' },
  { username: 'leader', role: 'leader' },
  { username: 'finance', role: 'finance' },
  { username: 'legal', role: 'legal' },
  { username: 'market', role: 'market' },
  { username: 'project', role: 'project' },
  { username: 'sales', role: 'sales' },
  { username: 'office', role: 'office' },
  { username: 'bizdev', role: 'bizdev' },
  { username: 'hq', role: 'hq' },
  { username: 'owner', role: 'owner' },
  { username: 'auditor', role: 'auditor' },
  { username: 'admin', role: 'admin' },
  { username: 'staff2', role: 'staff' },
  { username: 'branch-staff', role: 'staff', where: 'branch' },
  { username: 'branch-finance', role: 'finance', where: 'branch' },
] as const;
export const DEMO_PASSWORD = 'demo1234';
export type DemoUser = (typeof DEMO_USERS)[number]['username'];
