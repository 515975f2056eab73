import type { LogLevel } from '@nestjs/common';
import type { Registry } from '@liucheng/engine';
import type { LoginRateLimit } from '../auth/login-rate-limit';
import type { Clock } from '../common/clock';
import type { GroupCommitOptions } from '../group-commit/group-commit-options';
import type { NotificationOptions } from '../notifications/notification-options';
import type { ScheduleOptions } from '../schedules/schedule-settings';

/** Everything `createApp` lets a caller (main.ts or a test) choose. */
export interface AppOptions {
  /** PostgreSQL URL; defaults to `DATABASE_URL`; absent: embedded PGlite. */
  databaseUrl?: string;
  /** Embedded PGlite data directory (default `LIUCHENG_DATA_DIR` or `./.data`). */
  dataDir?: string;
  poolSize?: number;
  /** Time source of every step; tests pass a fixed clock. */
  clock?: Clock;
  /** Folder of `<key>/definition.json`; `false` skips publishing them at start-up. */
  workflowsDir?: string | false;
  /** Seed demo users even on a server database (also `LIUCHENG_DEMO=1`). */
  demo?: boolean;
  /** Background timer worker; off unless enabled (main.ts enables it). */
  timers?: TimerOptions;
  /** Scheduled-start worker (meta.schedules); off unless enabled (main.ts enables it). */
  schedules?: ScheduleOptions;
  /** Nest logger levels; `false` silences Nest. */
  logger?: LogLevel[] | false;
  /** Login attempts per IP and username (default `LIUCHENG_LOGIN_RATE_LIMIT` per minute, 10); `false` turns it off. */
  loginRateLimit?: LoginRateLimit | false;
  /** Guards, actions and delays to compile against (default: standard library + workflow domain entries). */
  registry?: Registry;
  /** Notification delivery channels (webhook, email) and their worker; none: inbox only. */
  notifications?: NotificationOptions;
  /** Upload size limit in bytes (default `LIUCHENG_ATTACHMENT_MAX_BYTES` or 10 MiB). */
  attachmentMaxBytes?: number;
  /** Group commit of events (default from `LIUCHENG_GROUP_COMMIT`, off). */
  groupCommit?: GroupCommitOptions;
  /** Back-fill of newly declared search fields (definitions/search-backfill.service.ts). */
  searchBackfill?: { inlineLimit?: number; chunkSize?: number };
  /** Serve the built web app at `/` (default true). */
  serveWeb?: boolean;
}

/** The timer worker's knobs (defaults in timers/timer-settings.ts). */
export interface TimerOptions {
  enabled: boolean;
  /** Longest sleep between looks for due timers (timers scheduled by another process); default 1000. */
  intervalMs?: number;
  /** Timers fired per transaction (1..60); default 50. */
  batchSize?: number;
  /** Transactions one process fires timers in at once; default 2. */
  concurrency?: number;
  /** Attempts before a failing timer is marked `failed`; default 5. */
  maxAttempts?: number;
  /** First retry delay, doubled per attempt up to `retryMaxMs`; defaults 1000 and 3600000. */
  retryBaseMs?: number;
  retryMaxMs?: number;
  /** A timer this late (ms) is listed as an overdue incident; default 5000. */
  overdueAfterMs?: number;
}

export const APP_OPTIONS = Symbol('APP_OPTIONS');
