import { EventEmitter } from 'node:events';
import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import type { Database } from '@liucheng/persistence';
import { DATABASE } from '../database/database.module';

/** The channel the `notifications` triggers NOTIFY (migration InboxKeysAndSignals1764979260000). */
export const NOTIFICATION_CHANNEL = 'liucheng_notifications';
/** PGlite's socket server does not forward NOTIFY to a listening client: there, watchers are polled. */
export const EMBEDDED_POLL_MS = 2_000;
const RECONNECT_MS = 1_000;

/**
 * "Something changed in <user>'s notifications", for the open SSE streams of this process.
 * On PostgreSQL one dedicated connection LISTENs, so a notification written by any API process
 * reaches every process; where NOTIFY does not arrive (PGlite, also behind a DATABASE_URL that
 * points at a pglite-socket server) each watcher is simply ticked every 2 s.
 */
@Injectable()
export class NotificationSignalService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('NotificationSignal');
  private readonly events = new EventEmitter().setMaxListeners(0);
  private client?: Client;
  private stopped = false;
  /** Whether NOTIFY reaches our listener (not through pglite-socket): found out at start. */
  private delivers = false;

  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly dataSource: DataSource,
  ) {}

  /** True when changes arrive by LISTEN/NOTIFY; false on PGlite (polling). */
  get live(): boolean {
    return this.delivers;
  }

  async onModuleInit(): Promise<void> {
    if (this.database.embedded) return;
    await this.listen();
    this.delivers = await this.probe();
    if (!this.delivers) {
      this.logger.log('NOTIFY is not delivered by this server (PGlite socket?): polling open streams');
      this.stopped = true;
      await this.client?.end().catch(() => undefined);
    }
  }

  /** Sends an empty NOTIFY through the pool and waits up to 2 s for the listener to hear it. */
  private async probe(): Promise<boolean> {
    const client = this.client;
    if (!client) return false;
    return new Promise<boolean>((resolve) => {
      const heard = (message: { channel: string; payload?: string }) => {
        if (message.channel !== NOTIFICATION_CHANNEL || message.payload) return;
        clearTimeout(timer);
        client.off('notification', heard);
        resolve(true);
      };
      const timer = setTimeout(() => {
        client.off('notification', heard);
        resolve(false);
      }, 2_000);
      client.on('notification', heard);
      this.dataSource.query(`SELECT pg_notify('${NOTIFICATION_CHANNEL}', '')`).catch(() => resolve(false));
    });
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    this.events.removeAllListeners();
    await this.client?.end().catch(() => undefined);
  }

  /** Calls `onChange` whenever `username`'s notifications may have changed; returns the unsubscribe. */
  watch(username: string, onChange: () => void): () => void {
    if (!this.live) {
      const timer = setInterval(onChange, EMBEDDED_POLL_MS);
      return () => clearInterval(timer);
    }
    this.events.on(username, onChange);
    return () => this.events.off(username, onChange);
  }

  private async listen(): Promise<void> {
    const url = (this.dataSource.options as { url?: string }).url;
    const client = new Client({ connectionString: url });
    client.on('notification', (message) => {
      if (message.channel === NOTIFICATION_CHANNEL && message.payload) this.events.emit(message.payload);
    });
    client.on('error', (error) => this.logger.warn(`listener lost: ${error.message}`));
    client.on('end', () => this.reconnect(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${NOTIFICATION_CHANNEL}`);
      this.client = client;
    } catch (error) {
      this.logger.warn(`cannot listen: ${(error as Error).message}`);
      this.reconnect(client);
    }
  }

  /** A lost listener comes back; open streams also re-read the count then, missing nothing for good. */
  private reconnect(client: Client): void {
    if (this.stopped || (this.client && this.client !== client)) return;
    this.client = undefined;
    setTimeout(() => {
      if (this.stopped) return;
      void this.listen().then(() => this.events.eventNames().forEach((name) => this.events.emit(name)));
    }, RECONNECT_MS).unref();
  }
}
