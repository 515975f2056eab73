import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './app/create-app';
import { notificationOptionsFromEnv } from './notifications/notification-options';
import { installProcessGuards } from './database/process-guards';

/** A non-negative number from the environment; a typo stops the start instead of being ignored. */
function envNumber(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a non-negative number, not "${raw}"`);
  return value;
}

/**
 * `PORT` (default 3000). The timer worker wakes when the next timer is due and at least every
 * `LIUCHENG_TIMER_INTERVAL_MS` (default 1000; 0 disables it), firing `LIUCHENG_TIMER_BATCH`
 * timers per transaction (50) in `LIUCHENG_TIMER_CONCURRENCY` transactions at once (2); a
 * failing timer is tried `LIUCHENG_TIMER_MAX_ATTEMPTS` times (5), first again after
 * `LIUCHENG_TIMER_RETRY_MS` (1000, doubling each time). Scheduled starts are looked for every
 * `LIUCHENG_SCHEDULE_INTERVAL_MS` (30000; 0 disables it). Notification channels come from env
 * (notifications/notification-options.ts).
 */
async function main(): Promise<void> {
  installProcessGuards();
  const interval = envNumber('LIUCHENG_TIMER_INTERVAL_MS') ?? 1000;
  const scheduleInterval = envNumber('LIUCHENG_SCHEDULE_INTERVAL_MS') ?? 30_000;
  const app = await createApp({
    timers: {
      enabled: interval > 0,
      intervalMs: interval,
      batchSize: envNumber('LIUCHENG_TIMER_BATCH'),
      concurrency: envNumber('LIUCHENG_TIMER_CONCURRENCY'),
      maxAttempts: envNumber('LIUCHENG_TIMER_MAX_ATTEMPTS'),
      retryBaseMs: envNumber('LIUCHENG_TIMER_RETRY_MS'),
    },
    schedules: { enabled: scheduleInterval > 0, intervalMs: scheduleInterval },
    notifications: notificationOptionsFromEnv(),
  });
  app.enableShutdownHooks();
  const port = Number(process.env.PORT ?? 3000);
  await app.listen(port, process.env.HOST ?? '0.0.0.0');
  new Logger('main').log(`Liucheng listening on http://localhost:${port} (API at /api, docs at /api/docs)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
