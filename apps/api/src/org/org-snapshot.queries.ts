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
interface ProxyRow {
  principal: string;
  proxy: string;
  starts_at: Date;
  ends_at: Date;
}
interface GrantRow {
  user_id: string;
  role: string;
  department_id: string | null;
}

/**
 * The whole organisation as plain data: one query per table (heads and managers joined in), with
 * the proxies (代理) not cancelled and not ended at `at` — those a task opened from now on may use.
 */
export async function loadOrgSnapshot(q: Tx | DataSource, at: Date = new Date()): Promise<OrgSnapshot> {
  // In sequence: inside a transaction the four share one connection.
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
  const proxies = await rows<ProxyRow>(
    q,
    `SELECT pu.username AS principal, xu.username AS proxy, p.starts_at, p.ends_at
         FROM user_proxies p JOIN users pu ON pu.id = p.principal_user_id JOIN users xu ON xu.id = p.proxy_user_id
         WHERE p.cancelled_at IS NULL AND p.ends_at > $1 ORDER BY p.starts_at, pu.username`,
    [at.toISOString()],
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
    proxies: proxies.map((p) => ({
      principal: p.principal,
      proxy: p.proxy,
      startsAt: p.starts_at.toISOString(),
      endsAt: p.ends_at.toISOString(),
    })),
  };
}
