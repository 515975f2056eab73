import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { NotificationChannel } from '@liucheng/persistence';
import { APP_OPTIONS, type AppOptions } from '../app/app-options';
import { CLOCK, type Clock } from '../common/clock';
import { rows } from '../common/transaction';
import { PermanentDeliveryError, deliveryErrorText, retryDelayMs } from './delivery-error';
import type { ClaimedDelivery } from './delivery-payload';
import { EmailChannel } from './email.channel';
import { configuredChannels, type NotificationOptions } from './notification-options';
import { WebhookChannel } from './webhook.channel';

/** What one round did. */
export interface DrainResult {
  delivered: number;
  retried: number;
  failed: number;
}

/** A claimed row is someone's for this long; after a crash it is claimed again (receivers de-duplicate). */
const LEASE_MS = 5 * 60_000;

/**
 * Delivers the outbox after the events' commits: claims due `pending` rows of the configured
 * channels with `FOR UPDATE SKIP LOCKED` (several processes may run this), pushing their next
 * attempt a lease ahead in the same statement, then delivers outside any transaction, so a slow
 * or failing channel never holds a lock or touches an event. Failures retry with exponential
 * backoff and are `failed` after `maxAttempts`.
 */
@Injectable()
export class DeliveryWorkerService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('DeliveryWorker');
  private readonly options: NotificationOptions;
  private readonly channels: NotificationChannel[];
  private readonly webhook?: WebhookChannel;
  private readonly email?: EmailChannel;
  private handle?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_OPTIONS) appOptions: AppOptions,
  ) {
    this.options = appOptions.notifications ?? {};
    this.channels = configuredChannels(this.options);
    if (this.options.webhook) this.webhook = new WebhookChannel(this.options.webhook);
    if (this.options.email) this.email = new EmailChannel(this.options.email);
  }

  onApplicationBootstrap(): void {
    if (!this.options.worker?.enabled || this.channels.length === 0) return;
    this.handle = setInterval(() => {
      if (this.running) return;
      this.running = this.drainOnce()
        .catch((error: unknown) => this.logger.error(deliveryErrorText(error)))
        .finally(() => (this.running = undefined));
    }, this.options.worker.intervalMs ?? 2000);
  }

  async onModuleDestroy(): Promise<void> {
    if (this.handle) clearInterval(this.handle);
    await this.running;
    this.email?.close();
  }

  /** One round: claims a batch of due deliveries and attempts each once. */
  async drainOnce(): Promise<DrainResult> {
    const result: DrainResult = { delivered: 0, retried: 0, failed: 0 };
    if (this.channels.length === 0) return result;
    const claimed = await this.claim();
    await Promise.all(
      claimed.map(async (delivery) => {
        try {
          await this.channelOf(delivery).deliver(delivery);
          await this.record(delivery, null);
          result.delivered++;
        } catch (error) {
          const final = error instanceof PermanentDeliveryError || delivery.attempts >= this.maxAttempts;
          await this.record(delivery, { text: deliveryErrorText(error), final });
          if (final) result.failed++;
          else result.retried++;
        }
      }),
    );
    return result;
  }

  private get maxAttempts(): number {
    return this.options.maxAttempts ?? 5;
  }

  private channelOf(delivery: ClaimedDelivery): WebhookChannel | EmailChannel {
    const channel = delivery.channel === 'webhook' ? this.webhook : this.email;
    if (!channel) throw new PermanentDeliveryError(`channel ${delivery.channel} is not configured`);
    return channel;
  }

  private claim(): Promise<ClaimedDelivery[]> {
    const now = this.clock();
    return rows<ClaimedDelivery>(
      this.dataSource,
      `WITH claimed AS (
         UPDATE notification_deliveries d SET attempts = d.attempts + 1, next_attempt_at = $2::timestamptz
         WHERE d.id IN (
           SELECT id FROM notification_deliveries
           WHERE status = 'pending' AND channel = ANY($3::text[]) AND next_attempt_at <= $1::timestamptz
           ORDER BY next_attempt_at LIMIT $4 FOR UPDATE SKIP LOCKED)
         RETURNING d.id, d.channel, d.attempts, d.notification_id
       )
       SELECT c.id, c.channel, c.attempts, c.notification_id, n.recipient, n.target, n.message, n.data, n.created_at,
         n.instance_id, n.seq, i.definition_key, w.title_zh, w.title_en, u.email, u.locale
       FROM claimed c JOIN notifications n ON n.id = c.notification_id JOIN instances i ON i.id = n.instance_id
         JOIN workflow_definitions w ON w.key = i.definition_key LEFT JOIN users u ON u.username = n.recipient`,
      [
        now.toISOString(),
        new Date(now.getTime() + LEASE_MS).toISOString(),
        this.channels,
        this.options.batchSize ?? 20,
      ],
    );
  }

  private async record(delivery: ClaimedDelivery, error: { text: string; final: boolean } | null): Promise<void> {
    const now = this.clock();
    if (!error) {
      await this.dataSource.query(
        `UPDATE notification_deliveries SET status = 'delivered', delivered_at = $2, last_error = NULL WHERE id = $1`,
        [delivery.id, now.toISOString()],
      );
      return;
    }
    const next = new Date(now.getTime() + retryDelayMs(this.options.backoffMs ?? 30_000, delivery.attempts));
    await this.dataSource.query(
      `UPDATE notification_deliveries SET status = $2, last_error = $3, next_attempt_at = $4 WHERE id = $1`,
      [delivery.id, error.final ? 'failed' : 'pending', error.text, (error.final ? now : next).toISOString()],
    );
  }
}
