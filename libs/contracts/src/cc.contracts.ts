import type { UnreadCount, ReadAllResult } from './notification.contracts';
import type { TaskInstanceSummary } from './task.contracts';

/** One copy (抄送) in the signed-in user's 抄送我的 inbox (`GET /api/cc`). */
export interface CcItem {
  id: string;
  instanceId: string;
  definitionKey: string;
  /** The state the copy was made in. */
  statePath: string;
  /** The history entry (seq) of the step that made it. */
  seq: number;
  /** Who copied: a username, or `system` for a definition's per-step CC. */
  sentBy: string;
  comment: string | null;
  createdAt: string;
  /** Null while unread. */
  readAt: string | null;
  /** The instance as it is now (title, business key, starter, state, status). */
  instance: TaskInstanceSummary;
}

export type CcStatus = 'unread' | 'read' | 'all';

/** `GET /api/cc?status=&limit=&cursor=`: newest first; `nextCursor` null on the last page. */
export interface CcList {
  items: CcItem[];
  nextCursor: string | null;
}

/** `GET /api/cc/unread-count`. */
export type CcUnreadCount = UnreadCount;

/** `POST /api/cc/read-all`: how many were unread. */
export type CcReadAllResult = ReadAllResult;
