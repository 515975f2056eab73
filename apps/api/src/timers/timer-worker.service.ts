import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { APP_OPTIONS, type AppOptions } from '../app/app-options';
import { TimerDrainService } from './timer-drain.service';
import { timerSettings } from './timer-settings';

/** Shortest sleep: due timers remain only while another process (or an event) holds their instance. */
const MIN_SLEEP_MS = 20;
/**
 * The first look waits this long (at most `intervalMs`): other start-up hooks (demo users,
 * seed workflows) may still be running, and embedded PGlite's socket server does not keep one
 * connection's parse/bind/execute together while another connection's query arrives.
 */
const FIRST_LOOK_MS = 1000;

/**
 * Wakes when the next timer is due (`timers.enabled`; main.ts: `LIUCHENG_TIMER_INTERVAL_MS` > 0),
 * drains everything due, and sleeps again — never longer than `intervalMs`, so timers another
 * process scheduled meanwhile are seen within that interval.
 */
@Injectable()
export class TimerWorkerService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('TimerWorker');
  private readonly enabled: boolean;
  private readonly intervalMs: number;
  private handle?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly drain: TimerDrainService,
    @Inject(APP_OPTIONS) options: AppOptions,
  ) {
    const settings = timerSettings(options.timers);
    this.enabled = settings.enabled;
    this.intervalMs = settings.intervalMs;
  }

  get isEnabled(): boolean {
    return this.enabled;
  }

  onApplicationBootstrap(): void {
    if (this.enabled) this.sleep(Math.min(this.intervalMs, FIRST_LOOK_MS));
  }

  /** Look now rather than at the next planned wake-up (a retried incident). */
  wake(): void {
    if (!this.enabled || this.stopped || this.running) return;
    this.sleep(0);
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.handle) clearTimeout(this.handle);
    await this.running;
  }

  private sleep(ms: number): void {
    if (this.stopped) return;
    if (this.handle) clearTimeout(this.handle);
    this.handle = setTimeout(() => {
      this.handle = undefined;
      this.running = this.tick().finally(() => (this.running = undefined));
    }, ms);
  }

  private async tick(): Promise<void> {
    let next = this.intervalMs;
    try {
      await this.drain.drainOnce();
      const untilDue = await this.drain.msUntilNextDue();
      if (untilDue !== null) next = Math.min(this.intervalMs, Math.max(MIN_SLEEP_MS, untilDue));
    } catch (error) {
      this.logger.error(error instanceof Error ? error.message : String(error));
    }
    this.sleep(next);
  }
}
