import type { NotificationWebhookBody, UserLocale } from '@liucheng/contracts';

/** A claimed outbox row with what its channel needs to deliver it. */
export interface ClaimedDelivery {
  id: string;
  channel: 'webhook' | 'email';
  /** Including the attempt being made. */
  attempts: number;
  notification_id: string;
  recipient: string;
  target: string;
  message: { zh: string; en: string };
  data: Record<string, unknown> | null;
  created_at: Date;
  instance_id: string;
  seq: number;
  definition_key: string;
  title_zh: string;
  title_en: string;
  /** The recipient's current address and language (null when the user is gone or has none). */
  email: string | null;
  locale: UserLocale | null;
}

/** The webhook's JSON body. */
export function webhookBody(d: ClaimedDelivery): NotificationWebhookBody {
  return {
    deliveryId: d.id,
    notificationId: d.notification_id,
    recipient: d.recipient,
    target: d.target,
    instanceId: d.instance_id,
    definitionKey: d.definition_key,
    definitionTitle: { zh: d.title_zh, en: d.title_en },
    seq: d.seq,
    message: d.message,
    data: d.data,
    createdAt: d.created_at.toISOString(),
  };
}

/** A mail's subject and plain-text body in the recipient's language (Chinese unless `en`). */
export function mailText(d: ClaimedDelivery): { subject: string; text: string } {
  if (d.locale === 'en') {
    return {
      subject: `[Liucheng] ${d.title_en}: ${d.message.en}`,
      text: `${d.message.en}\n\nProcess: ${d.title_en} (${d.definition_key})\nInstance: ${d.instance_id}\n`,
    };
  }
  return {
    subject: `【流程】${d.title_zh}：${d.message.zh}`,
    text: `${d.message.zh}\n\n流程：${d.title_zh}（${d.definition_key}）\n实例：${d.instance_id}\n`,
  };
}
