import type { TimerOptions } from '../app/app-options';

/** The timer options with every default filled in. */
export interface TimerSettings {
  enabled: boolean;
  intervalMs: number;
  batchSize: number;
  concurrency: number;
  maxAttempts: number;
  retryBaseMs: number;
  retryMaxMs: number;
  overdueAfterMs: number;
}

export function timerSettings(options: TimerOptions | undefined): TimerSettings {
  return {
    enabled: options?.enabled ?? false,
    intervalMs: options?.intervalMs ?? 1000,
    // At most 60: the careful pass gives each event a savepoint (a subtransaction), and past 64
    // of them in one transaction PostgreSQL's snapshots overflow to pg_subtrans, slowing every session.
    batchSize: Math.max(1, Math.min(60, Math.trunc(options?.batchSize ?? 50))),
    concurrency: Math.max(1, Math.trunc(options?.concurrency ?? 2)),
    maxAttempts: options?.maxAttempts ?? 5,
    retryBaseMs: options?.retryBaseMs ?? 1000,
    retryMaxMs: options?.retryMaxMs ?? 3_600_000,
    overdueAfterMs: options?.overdueAfterMs ?? 5000,
  };
}
