import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { APP_OPTIONS, type AppOptions } from '../app/app-options';
import { ScheduleRunnerService } from './schedule-runner.service';
import { scheduleIntervalMs } from './schedule-settings';

/** Same reason as the timer worker's first look: start-up hooks (seed workflows) may still run. */
const FIRST_LOOK_MS = 1000;

/**
 * Looks for due occurrences every `intervalMs` (`schedules.enabled`). Every process may run it:
 * the state row lock and the unique run key make each occurrence start once per person.
 */
@Injectable()
export class ScheduleWorkerService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('ScheduleWorker');
  private readonly enabled: boolean;
  private readonly intervalMs: number;
  private handle?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly runner: ScheduleRunnerService,
    @Inject(APP_OPTIONS) options: AppOptions,
  ) {
    this.enabled = options.schedules?.enabled ?? false;
    this.intervalMs = scheduleIntervalMs(options.schedules);
  }

  onApplicationBootstrap(): void {
    if (this.enabled) this.sleep(Math.min(this.intervalMs, FIRST_LOOK_MS));
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.handle) clearTimeout(this.handle);
    await this.running;
  }

  private sleep(ms: number): void {
    if (this.stopped) return;
    this.handle = setTimeout(() => {
      this.handle = undefined;
      this.running = this.look().finally(() => (this.running = undefined));
    }, ms);
  }

  private async look(): Promise<void> {
    try {
      await this.runner.runDue();
    } catch (error) {
      this.logger.error(error instanceof Error ? error.message : String(error));
    }
    this.sleep(this.intervalMs);
  }
}
