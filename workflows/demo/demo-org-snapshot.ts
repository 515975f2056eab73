import type { OrgSnapshot } from '@liucheng/engine';
import { DEMO_DEPARTMENTS, DEMO_USERS } from './demo-organisation.data';

/**
 * The demo organisation as the engine's resolvers read it, the way the API's snapshot of the
 * seeded database shows it: departments by code (the code doubles as the id), every user active,
 * a user's own-named role held everywhere unless the data says otherwise, no proxies.
 */
export function demoOrgSnapshot(): OrgSnapshot {
  return {
    departments: DEMO_DEPARTMENTS.map((d) => ({
      id: d.code,
      code: d.code,
      name: { zh: d.zh, en: d.en },
      parentId: d.parent ?? null,
      head: d.head ?? null,
    })),
    users: DEMO_USERS.map((u) => ({
      username: u.username,
      departmentId: u.departmentCode,
      manager: u.manager ?? null,
      active: true,
      roles: (u.roles ?? [{ role: u.username }]).map((g) => ({ role: g.role, departmentId: g.department ?? null })),
    })),
  };
}
