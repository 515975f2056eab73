import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { APP_OPTIONS, type AppOptions } from '../app/app-options';
import { CheckpointsService } from './checkpoints.service';
import { VerificationRunsService } from './verification-runs.service';

/** Minutes from the environment, or the default (a bad value is the default, not a crash). */
export function minutesFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value >= 1 ? value : fallback;
}

/**
 * The periodic checkpoint and verification run, alongside the other background jobs
 * (`timers.enabled`). Tests call the services directly (or the admin routes): nothing sleeps.
 */
@Injectable()
export class AuditJobsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('AuditJobs');
  private readonly handles: NodeJS.Timeout[] = [];

  constructor(
    @Inject(APP_OPTIONS) private readonly options: AppOptions,
    private readonly checkpoints: CheckpointsService,
    private readonly verification: VerificationRunsService,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.options.timers?.enabled) return;
    this.every(minutesFromEnv('AUDIT_CHECKPOINT_MINUTES', 60), 'checkpoint', () => this.checkpoints.create(true));
    this.every(minutesFromEnv('AUDIT_VERIFY_MINUTES', 60), 'verification', () => this.verification.run());
  }

  onModuleDestroy(): void {
    for (const handle of this.handles) clearInterval(handle);
  }

  private every(minutes: number, name: string, job: () => Promise<unknown>): void {
    const handle = setInterval(() => {
      job().catch((error: unknown) =>
        this.logger.warn(`${name} failed: ${error instanceof Error ? error.message : String(error)}`),
      );
    }, minutes * 60_000);
    handle.unref();
    this.handles.push(handle);
  }
}
