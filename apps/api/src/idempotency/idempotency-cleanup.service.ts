import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_OPTIONS, type AppOptions } from '../app/app-options';

/** The HTTP contract (docs/http-api.md) promises keys for at least 24 hours; they are dropped after 48. */
const KEEP_HOURS = 48;
const EVERY_MS = 60 * 60 * 1000;

/** Deletes old idempotency keys hourly, alongside the other background jobs (`timers.enabled`). */
@Injectable()
export class IdempotencyCleanupService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('IdempotencyCleanup');
  private handle?: NodeJS.Timeout;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_OPTIONS) private readonly options: AppOptions,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.options.timers?.enabled) return;
    void this.purge();
    this.handle = setInterval(() => void this.purge(), EVERY_MS);
    this.handle.unref();
  }

  onModuleDestroy(): void {
    if (this.handle) clearInterval(this.handle);
  }

  /** Removes keys older than 48 hours; returns how many. */
  async purge(): Promise<number> {
    try {
      const [, count] = (await this.dataSource.query(
        `DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(hours => $1)`,
        [KEEP_HOURS],
      )) as [unknown, number];
      return count;
    } catch (error) {
      // The database may be away (restart, network): log and try again at the next hour.
      this.logger.warn(`purge failed: ${error instanceof Error ? error.message : String(error)}`);
      return 0;
    }
  }
}
