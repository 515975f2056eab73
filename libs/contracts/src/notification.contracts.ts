import type { LocalizedLabel } from './common.contracts';

/** One notification in the signed-in user's inbox (`GET /api/notifications`). */
export interface Notification {
  id: string;
  instanceId: string;
  definitionKey: string;
  /** The definition's title. */
  definitionTitle: LocalizedLabel;
  /** The history entry (seq) of the step that sent it. */
  seq: number;
  message: LocalizedLabel;
  data: Record<string, unknown> | null;
  /** The definition's `to` it was resolved from: `starter`, `starter.manager`, `role:<r>`, `user:<u>`. */
  target: string;
  createdAt: string;
  /** Null while unread. */
  readAt: string | null;
}

/** `GET /api/notifications?unread=&limit=&cursor=`: newest first; `nextCursor` null on the last page. */
export interface NotificationList {
  items: Notification[];
  nextCursor: string | null;
}

/** `GET /api/notifications/unread-count`. */
export interface UnreadCount {
  unread: number;
}

/** `POST /api/notifications/read-all`: how many were unread. */
export interface ReadAllResult {
  marked: number;
}

export type DeliveryChannel = 'webhook' | 'email';
export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

/** One outbox row (`GET /api/admin/notification-deliveries`, admins). */
export interface NotificationDelivery {
  id: string;
  notificationId: string;
  channel: DeliveryChannel;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  deliveredAt: string | null;
  createdAt: string;
  recipient: string;
  instanceId: string;
}

/** `GET /api/admin/notification-deliveries?status=&channel=&limit=&cursor=`: newest first. */
export interface NotificationDeliveryList {
  items: NotificationDelivery[];
  nextCursor: string | null;
}

/** The JSON body the webhook channel POSTs (signed: `X-Liucheng-Signature: sha256=<hex HMAC>`). */
export interface NotificationWebhookBody {
  deliveryId: string;
  notificationId: string;
  recipient: string;
  target: string;
  instanceId: string;
  definitionKey: string;
  definitionTitle: LocalizedLabel;
  seq: number;
  message: LocalizedLabel;
  data: Record<string, unknown> | null;
  createdAt: string;
}

/** `POST /api/notifications/stream-ticket`: opens `GET /api/notifications/stream?ticket=` within `expiresIn` seconds. */
export interface NotificationStreamTicket {
  ticket: string;
  expiresIn: number;
}

/** The `unread` event of `GET /api/notifications/stream`. */
export interface NotificationStreamEvent {
  unread: number;
}
