import type { User } from '@liucheng/contracts';

/** A user row with roles and manager username (never the password hash). */
export interface UserRow {
  username: string;
  display_name: string;
  display_name_en: string | null;
  roles: string[];
  department: string | null;
  manager: string | null;
  active: boolean;
  created_at: Date;
  email: string | null;
  locale: 'zh' | 'en' | null;
}

/** Selects {@link UserRow} from `users u`. */
export const USER_COLUMNS = `u.username, u.display_name, u.display_name_en,
  COALESCE(array(SELECT r.role FROM user_roles r WHERE r.user_id = u.id ORDER BY r.role), '{}') AS roles,
  u.department, (SELECT m.username FROM users m WHERE m.id = u.manager_id) AS manager, u.active, u.created_at,
  u.email, u.locale`;

export function toUser(row: UserRow): User {
  return {
    username: row.username,
    displayName: row.display_name,
    displayNameEn: row.display_name_en,
    roles: row.roles,
    department: row.department,
    manager: row.manager,
    active: row.active,
    createdAt: row.created_at.toISOString(),
    email: row.email,
    locale: row.locale,
  };
}
