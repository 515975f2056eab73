import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { APP_OPTIONS, type AppOptions } from '../app/app-options';
import { TimersService } from './timers.service';

/** Polls for due timers when enabled (`timers.enabled`; main.ts: `LIUCHENG_TIMERS` != 0). */
@Injectable()
export class TimerWorkerService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('TimerWorker');
  private handle?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly timers: TimersService,
    @Inject(APP_OPTIONS) private readonly options: AppOptions,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.options.timers?.enabled) return;
    const interval = this.options.timers.intervalMs ?? 5000;
    this.handle = setInterval(() => {
      if (this.running) return;
      this.running = this.timers
        .fireDue()
        .catch((error: unknown) => this.logger.error(error instanceof Error ? error.message : String(error)))
        .finally(() => (this.running = undefined));
    }, interval);
  }

  async onModuleDestroy(): Promise<void> {
    if (this.handle) clearInterval(this.handle);
    await this.running;
  }
}
