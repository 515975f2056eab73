// Measurements for the group-commit target of the event bench: WAL flushes (pg_stat_wal, cluster-wide,
// so other databases' writes count too) and the batch sizes the server reports (GET /api/admin/group-commit).
import pg from 'pg';

/** `wal_sync` of pg_stat_wal (PostgreSQL 14+), or null when it is not there. */
export async function walSyncs(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT wal_sync::bigint AS n FROM pg_stat_wal');
    return Number(rows[0].n);
  } catch {
    return null;
  } finally {
    await client.end();
  }
}

/** The batches run between two readings of the server's counters. */
export function batchDelta(before, after) {
  const batches = after.batches - before.batches;
  const events = after.events - before.events;
  const histogram = Object.fromEntries(
    Object.entries(after.histogram).map(([bucket, n]) => [bucket, n - (before.histogram[bucket] ?? 0)]),
  );
  return {
    batches,
    events,
    maxBatchSize: after.maxBatchSize,
    histogram,
    fallbackBatches: after.fallbackBatches - before.fallbackBatches,
  };
}

/** Several deltas (the rounds of one level) as one: count, mean, max seen so far, histogram. */
export function mergeBatchDeltas(deltas) {
  if (deltas.length === 0) return null;
  const sum = (key) => deltas.reduce((total, d) => total + d[key], 0);
  const histogram = {};
  for (const d of deltas)
    for (const [bucket, n] of Object.entries(d.histogram)) histogram[bucket] = (histogram[bucket] ?? 0) + n;
  const batches = sum('batches');
  return {
    batches,
    meanBatchSize: batches ? sum('events') / batches : 0,
    maxBatchSizeSinceStart: Math.max(...deltas.map((d) => d.maxBatchSize)),
    histogram: Object.fromEntries(Object.entries(histogram).filter(([, n]) => n > 0)),
    fallbackBatches: sum('fallbackBatches'),
  };
}
