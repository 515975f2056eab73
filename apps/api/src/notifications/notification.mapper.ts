import type { Notification, NotificationDelivery } from '@liucheng/contracts';

/** A notification row joined with its instance's definition title. */
export interface NotificationRow {
  id: string;
  instance_id: string;
  definition_key: string;
  title_zh: string;
  title_en: string;
  seq: number;
  target: string;
  message: { zh: string; en: string };
  data: Record<string, unknown> | null;
  created_at: Date;
  read_at: Date | null;
}

/** Selects {@link NotificationRow} from `notifications n` (joins `instances i`, `workflow_definitions w`). */
export const NOTIFICATION_COLUMNS = `n.id, n.instance_id, i.definition_key, w.title_zh, w.title_en, n.seq, n.target,
  n.message, n.data, n.created_at, n.read_at`;
export const NOTIFICATION_JOINS = `JOIN instances i ON i.id = n.instance_id
  JOIN workflow_definitions w ON w.key = i.definition_key`;

export function toNotification(row: NotificationRow): Notification {
  return {
    id: row.id,
    instanceId: row.instance_id,
    definitionKey: row.definition_key,
    definitionTitle: { zh: row.title_zh, en: row.title_en },
    seq: row.seq,
    message: row.message,
    data: row.data,
    target: row.target,
    createdAt: row.created_at.toISOString(),
    readAt: row.read_at?.toISOString() ?? null,
  };
}

export interface DeliveryRow {
  id: string;
  notification_id: string;
  channel: NotificationDelivery['channel'];
  status: NotificationDelivery['status'];
  attempts: number;
  next_attempt_at: Date;
  last_error: string | null;
  delivered_at: Date | null;
  created_at: Date;
  recipient: string;
  instance_id: string;
}

export function toDelivery(row: DeliveryRow): NotificationDelivery {
  return {
    id: row.id,
    notificationId: row.notification_id,
    channel: row.channel,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at.toISOString(),
    lastError: row.last_error,
    deliveredAt: row.delivered_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    recipient: row.recipient,
    instanceId: row.instance_id,
  };
}
