import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_OPTIONS, type AppOptions } from '../app/app-options';

/** An upload no event referenced within a day is dropped. */
const KEEP_HOURS = 24;
const EVERY_MS = 60 * 60 * 1000;

/** Deletes unbound uploads hourly, alongside the other background jobs (`timers.enabled`). */
@Injectable()
export class AttachmentCleanupService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('AttachmentCleanup');
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

  /** Removes unbound uploads older than a day; returns how many. */
  async purge(): Promise<number> {
    try {
      const [, count] = (await this.dataSource.query(
        `DELETE FROM attachments WHERE instance_id IS NULL AND created_at < now() - make_interval(hours => $1)`,
        [KEEP_HOURS],
      )) as [unknown, number];
      return count;
    } catch (error) {
      this.logger.warn(`purge failed: ${error instanceof Error ? error.message : String(error)}`);
      return 0;
    }
  }
}
