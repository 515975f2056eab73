/** Group commit of events (issue 15): off unless enabled; see README "Configuration". */
export interface GroupCommitOptions {
  enabled: boolean;
  /** Lanes (one batch at a time each, on its own connection); an instance always uses the same one. Default 4. */
  lanes?: number;
  /** Most events in one transaction (1..60; PostgreSQL caches 64 subtransactions per backend). Default 32. */
  maxBatch?: number;
  /** Extra wait (ms, 0..5) for more events before an idle lane starts a batch; default 0 (the next turn of the event loop). */
  maxWaitMs?: number;
}

/** The settings a running batcher uses. */
export interface GroupCommitSettings {
  enabled: boolean;
  lanes: number;
  maxBatch: number;
  maxWaitMs: number;
}

const DEFAULTS = { lanes: 4, maxBatch: 32, maxWaitMs: 0 };

function bounded(name: string, value: number | undefined, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min || value > max)
    throw new Error(`${name} must be a whole number from ${min} to ${max}, not ${value}`);
  return value;
}

/**
 * Settings from options. Embedded PGlite serves one transaction at a time, so there one lane
 * is used whatever was asked: more would only hold pooled connections waiting for the session.
 */
export function groupCommitSettings(options: GroupCommitOptions | undefined, embedded: boolean): GroupCommitSettings {
  const lanes = bounded('group commit lanes', options?.lanes, 1, 64, DEFAULTS.lanes);
  return {
    enabled: options?.enabled ?? false,
    lanes: embedded ? 1 : lanes,
    maxBatch: bounded('group commit maxBatch', options?.maxBatch, 1, 60, DEFAULTS.maxBatch),
    maxWaitMs: bounded('group commit maxWaitMs', options?.maxWaitMs, 0, 5, DEFAULTS.maxWaitMs),
  };
}

function envInteger(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value)) throw new Error(`${name} must be a whole number, not "${raw}"`);
  return value;
}

/**
 * `LIUCHENG_GROUP_COMMIT` = 1 turns group commit on (0 or unset: off);
 * `LIUCHENG_GROUP_COMMIT_LANES`, `LIUCHENG_GROUP_COMMIT_MAX_BATCH`, `LIUCHENG_GROUP_COMMIT_WAIT_MS`.
 * A typo stops the start instead of being ignored.
 */
export function groupCommitFromEnv(env: NodeJS.ProcessEnv = process.env): GroupCommitOptions {
  const raw = env.LIUCHENG_GROUP_COMMIT ?? '';
  if (!['', '0', '1'].includes(raw)) throw new Error(`LIUCHENG_GROUP_COMMIT must be 0 or 1, not "${raw}"`);
  return {
    enabled: raw === '1',
    lanes: envInteger(env, 'LIUCHENG_GROUP_COMMIT_LANES'),
    maxBatch: envInteger(env, 'LIUCHENG_GROUP_COMMIT_MAX_BATCH'),
    maxWaitMs: envInteger(env, 'LIUCHENG_GROUP_COMMIT_WAIT_MS'),
  };
}
