import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './app/create-app';
import { installProcessGuards } from './database/process-guards';

/** `PORT` (default 3000); the timer worker polls every `LIUCHENG_TIMER_INTERVAL_MS` (0 disables it). */
async function main(): Promise<void> {
  installProcessGuards();
  const interval = Number(process.env.LIUCHENG_TIMER_INTERVAL_MS ?? 5000);
  const app = await createApp({ timers: { enabled: interval > 0, intervalMs: interval } });
  app.enableShutdownHooks();
  const port = Number(process.env.PORT ?? 3000);
  await app.listen(port, process.env.HOST ?? '0.0.0.0');
  new Logger('main').log(`Liucheng listening on http://localhost:${port} (API at /api, docs at /api/docs)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
