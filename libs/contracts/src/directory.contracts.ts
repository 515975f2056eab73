import type { LocalizedLabel } from './common.contracts';

/** One active person in the directory every signed-in user may read (pickers, display names). */
export interface DirectoryEntry {
  username: string;
  displayName: string;
  displayNameEn: string | null;
  /** The department's name, or null when the user has none. */
  department: LocalizedLabel | null;
}

/** `GET /api/directory?q=`: active users, by username; no roles, no emails. */
export interface DirectoryList {
  items: DirectoryEntry[];
}
