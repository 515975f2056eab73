import { departmentWithDescendants } from '../org/departments';
import type { OrgSnapshot } from '../org/org.types';
import { usersWithRole } from '../org/role-holders';
import type { SchedulePeople } from './schedule.types';

/**
 * The usernames a schedule starts for, in snapshot order: active users only, without holders of
 * `exceptRoles`. Departments are named by code; an unknown code yields nobody.
 */
export function schedulePeople(people: SchedulePeople, org: OrgSnapshot): string[] {
  const departmentId = (code: string) => org.departments.find((d) => d.code === code)?.id;
  let names: string[];
  switch (people.kind) {
    case 'everyone':
      names = org.users.map((u) => u.username);
      break;
    case 'users':
      names = org.users.filter((u) => people.users.includes(u.username)).map((u) => u.username);
      break;
    case 'role': {
      const id = people.department === undefined ? undefined : departmentId(people.department);
      if (people.department !== undefined && id === undefined) return [];
      names = usersWithRole(org, people.role, { department: id, includeSubdepartments: people.includeSubdepartments });
      break;
    }
    case 'department': {
      const id = departmentId(people.department);
      if (id === undefined) return [];
      const within = new Set(people.includeSubdepartments ? departmentWithDescendants(org, id) : [id]);
      names = org.users.filter((u) => u.departmentId !== null && within.has(u.departmentId)).map((u) => u.username);
      break;
    }
  }
  const except = new Set(people.exceptRoles ?? []);
  const byName = new Map(org.users.map((u) => [u.username, u]));
  return names.filter((name) => {
    const user = byName.get(name);
    return user !== undefined && user.active && !user.roles.some((g) => except.has(g.role));
  });
}
