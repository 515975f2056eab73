import type { NotificationChannel } from '@liucheng/persistence';

/** Where and how notifications are delivered besides the in-app inbox. */
export interface NotificationOptions {
  /** POST each notification as JSON, signed with `X-Liucheng-Signature` when a secret is set. */
  webhook?: { url: string; secret?: string; timeoutMs?: number };
  /** Mail each notification to its recipient's address in the recipient's language. */
  email?: { smtpUrl: string; from: string; timeoutMs?: number };
  /** The background delivery loop; off unless enabled (main.ts enables it). */
  worker?: { enabled: boolean; intervalMs?: number };
  /** Deliveries claimed per round (default 20). */
  batchSize?: number;
  /** Attempts before a delivery is `failed` (default 5). */
  maxAttempts?: number;
  /** Wait before the 2nd attempt, doubled for each later one (default 30 s). */
  backoffMs?: number;
}

/** The channels the step writes an outbox row for: those configured. */
export function configuredChannels(options: NotificationOptions | undefined): NotificationChannel[] {
  const channels: NotificationChannel[] = [];
  if (options?.webhook) channels.push('webhook');
  if (options?.email) channels.push('email');
  return channels;
}

/**
 * main.ts: `LIUCHENG_WEBHOOK_URL` (+ `LIUCHENG_WEBHOOK_SECRET`), `LIUCHENG_SMTP_URL` +
 * `LIUCHENG_MAIL_FROM`, `LIUCHENG_DELIVERY_INTERVAL_MS` (default 2000; 0 stops the loop).
 */
export function notificationOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): NotificationOptions {
  const interval = Number(env.LIUCHENG_DELIVERY_INTERVAL_MS ?? 2000);
  const options: NotificationOptions = { worker: { enabled: interval > 0, intervalMs: interval } };
  if (env.LIUCHENG_WEBHOOK_URL) {
    options.webhook = { url: env.LIUCHENG_WEBHOOK_URL, secret: env.LIUCHENG_WEBHOOK_SECRET || undefined };
  }
  if (env.LIUCHENG_SMTP_URL) {
    options.email = { smtpUrl: env.LIUCHENG_SMTP_URL, from: env.LIUCHENG_MAIL_FROM || 'liucheng@localhost' };
  }
  return options;
}
