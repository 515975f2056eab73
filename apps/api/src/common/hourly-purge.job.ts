import { Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { AppOptions } from '../app/app-options';

const EVERY_MS = 60 * 60 * 1000;

/** What a purge deletes: rows older than `keepHours`, by a statement taking the hours as `$1`. */
export interface PurgeSpec {
  name: string;
  keepHours: number;
  deleteSql: string;
}

/**
 * A delete that runs at start-up and then hourly, alongside the other background jobs
 * (`timers.enabled`). A failure (the database away) is logged and tried again at the next hour.
 */
export abstract class HourlyPurgeJob implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger: Logger;
  private handle?: NodeJS.Timeout;

  protected constructor(
    private readonly dataSource: DataSource,
    private readonly options: AppOptions,
    private readonly spec: PurgeSpec,
  ) {
    this.logger = new Logger(spec.name);
  }

  onApplicationBootstrap(): void {
    if (!this.options.timers?.enabled) return;
    void this.purge();
    this.handle = setInterval(() => void this.purge(), EVERY_MS);
    this.handle.unref();
  }

  onModuleDestroy(): void {
    if (this.handle) clearInterval(this.handle);
  }

  /** Deletes what is older than the spec keeps; returns how many rows. */
  async purge(): Promise<number> {
    try {
      const [, count] = (await this.dataSource.query(this.spec.deleteSql, [this.spec.keepHours])) as [unknown, number];
      return count;
    } catch (error) {
      this.logger.warn(`purge failed: ${error instanceof Error ? error.message : String(error)}`);
      return 0;
    }
  }
}
