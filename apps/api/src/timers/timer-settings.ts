import type { TimerOptions } from '../app/app-options';

/** The timer options with every default filled in. */
export interface TimerSettings {
  enabled: boolean;
  intervalMs: number;
  batchSize: number;
  maxAttempts: number;
  retryBaseMs: number;
  retryMaxMs: number;
  overdueAfterMs: number;
}

export function timerSettings(options: TimerOptions | undefined): TimerSettings {
  return {
    enabled: options?.enabled ?? false,
    intervalMs: options?.intervalMs ?? 1000,
    batchSize: options?.batchSize ?? 50,
    maxAttempts: options?.maxAttempts ?? 5,
    retryBaseMs: options?.retryBaseMs ?? 1000,
    retryMaxMs: options?.retryMaxMs ?? 3_600_000,
    overdueAfterMs: options?.overdueAfterMs ?? 5000,
  };
}
