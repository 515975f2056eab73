import type { LocalizedLabel } from './common.contracts';
import type { ScopedRole } from './org.contracts';

/** A user as the API shows it (never a password or its hash). */
export interface User {
  username: string;
  /** Chinese display name (also the name in tokens and the login answer). */
  displayName: string;
  /** English display name; null when none was given. */
  displayNameEn: string | null;
  /** Every role held, globally or in a department (the checks of today count both). */
  roles: string[];
  /** The roles held only in a department. */
  scopedRoles: ScopedRole[];
  /** Free-text label kept from before departments existed. */
  department: string | null;
  /** The department (`GET /api/departments`), or null. */
  departmentId: string | null;
  /** Username of the manager (`starter.manager` of tasks), or null. */
  manager: string | null;
  active: boolean;
  createdAt: string;
  /** Where the email channel sends notifications; null: none by mail. */
  email: string | null;
  /** Language of mailed notifications; null: Chinese. */
  locale: UserLocale | null;
}

export type UserLocale = 'zh' | 'en';

/** `GET /api/users`. */
export interface UserList {
  items: User[];
}

/** `POST /api/users` (admin). */
export interface CreateUserRequest {
  username: string;
  displayName: string;
  displayNameEn?: string;
  /** At least 8 characters. */
  password: string;
  /** Roles held everywhere. */
  roles: string[];
  /** Roles held in one department. */
  scopedRoles?: ScopedRole[];
  department?: string;
  departmentId?: string;
  manager?: string;
  email?: string;
  locale?: UserLocale;
}

/** `PATCH /api/users/:username` (admin); `active: false` deactivates. */
export interface UpdateUserRequest {
  displayName?: string;
  displayNameEn?: string | null;
  /** Replaces the roles held everywhere. */
  roles?: string[];
  /** Replaces the roles held in a department. */
  scopedRoles?: ScopedRole[];
  department?: string | null;
  departmentId?: string | null;
  manager?: string | null;
  active?: boolean;
  email?: string | null;
  locale?: UserLocale | null;
}

/** `POST /api/users/:username/password`: admins set it; a user changing their own sends `currentPassword`. */
export interface SetPasswordRequest {
  password: string;
  currentPassword?: string;
}

/** One item of `GET /api/roles`. */
export interface RoleInfo {
  name: string;
  title: LocalizedLabel;
}
