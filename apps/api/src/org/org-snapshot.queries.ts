import type { OrgSnapshot } from '@liucheng/engine';
import type { DataSource } from 'typeorm';
import { rows, type Tx } from '../common/transaction';

interface DepartmentRow {
  id: string;
  code: string;
  name_zh: string;
  name_en: string;
  parent_id: string | null;
  head: string | null;
}
interface UserRow {
  id: string;
  username: string;
  department_id: string | null;
  manager: string | null;
  active: boolean;
}
interface GrantRow {
  user_id: string;
  role: string;
  department_id: string | null;
}

/** The whole organisation as plain data: one query per table (heads and managers joined in). */
export async function loadOrgSnapshot(q: Tx | DataSource): Promise<OrgSnapshot> {
  // In sequence: inside a transaction the three share one connection.
  const departments = await rows<DepartmentRow>(
    q,
    `SELECT d.id, d.code, d.name_zh, d.name_en, d.parent_id, h.username AS head
         FROM departments d LEFT JOIN users h ON h.id = d.head_user_id ORDER BY d.code`,
  );
  const users = await rows<UserRow>(
    q,
    `SELECT u.id, u.username, u.department_id, m.username AS manager, u.active
         FROM users u LEFT JOIN users m ON m.id = u.manager_id ORDER BY u.username`,
  );
  const grants = await rows<GrantRow>(
    q,
    `SELECT user_id, role, department_id FROM user_roles ORDER BY role, department_id NULLS FIRST`,
  );
  const byUser = new Map<string, { role: string; departmentId: string | null }[]>();
  for (const g of grants) {
    const list = byUser.get(g.user_id) ?? [];
    list.push({ role: g.role, departmentId: g.department_id });
    byUser.set(g.user_id, list);
  }
  return {
    departments: departments.map((d) => ({
      id: d.id,
      code: d.code,
      name: { zh: d.name_zh, en: d.name_en },
      parentId: d.parent_id,
      head: d.head,
    })),
    users: users.map((u) => ({
      username: u.username,
      departmentId: u.department_id,
      manager: u.manager,
      active: u.active,
      roles: byUser.get(u.id) ?? [],
    })),
  };
}
