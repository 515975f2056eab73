import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { APP_OPTIONS, type AppOptions } from '../app/app-options';
import { PollingLoop } from '../common/polling-loop';
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
  private readonly enabled: boolean;
  private readonly intervalMs: number;
  private readonly loop: PollingLoop;

  constructor(
    private readonly runner: ScheduleRunnerService,
    @Inject(APP_OPTIONS) options: AppOptions,
  ) {
    this.enabled = options.schedules?.enabled ?? false;
    this.intervalMs = scheduleIntervalMs(options.schedules);
    this.loop = new PollingLoop(
      async () => {
        await this.runner.runDue();
        return this.intervalMs;
      },
      this.intervalMs,
      new Logger('ScheduleWorker'),
    );
  }

  onApplicationBootstrap(): void {
    if (this.enabled) this.loop.schedule(Math.min(this.intervalMs, FIRST_LOOK_MS));
  }

  onModuleDestroy(): Promise<void> {
    return this.loop.stop();
  }
}
