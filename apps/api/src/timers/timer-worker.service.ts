import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { APP_OPTIONS, type AppOptions } from '../app/app-options';
import { PollingLoop } from '../common/polling-loop';
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
  private readonly enabled: boolean;
  private readonly intervalMs: number;
  private readonly loop: PollingLoop;

  constructor(
    private readonly drain: TimerDrainService,
    @Inject(APP_OPTIONS) options: AppOptions,
  ) {
    const settings = timerSettings(options.timers);
    this.enabled = settings.enabled;
    this.intervalMs = settings.intervalMs;
    this.loop = new PollingLoop(() => this.tick(), this.intervalMs, new Logger('TimerWorker'));
  }

  get isEnabled(): boolean {
    return this.enabled;
  }

  onApplicationBootstrap(): void {
    if (this.enabled) this.loop.schedule(Math.min(this.intervalMs, FIRST_LOOK_MS));
  }

  /** Look now rather than at the next planned wake-up (a retried incident). */
  wake(): void {
    if (this.enabled) this.loop.wake();
  }

  onModuleDestroy(): Promise<void> {
    return this.loop.stop();
  }

  /** Drains what is due; the next look is when the next timer falls due, at most `intervalMs` away. */
  private async tick(): Promise<number> {
    await this.drain.drainOnce();
    const untilDue = await this.drain.msUntilNextDue();
    return untilDue === null ? this.intervalMs : Math.min(this.intervalMs, Math.max(MIN_SLEEP_MS, untilDue));
  }
}
