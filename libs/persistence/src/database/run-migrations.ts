import type { DataSource } from 'typeorm';

const MIGRATION_LOCK = 7_242_001;
const ATTEMPTS = 5;

/**
 * Runs pending migrations while holding a PostgreSQL advisory lock, so several processes
 * starting on one fresh database do not race. PGlite has a single session (the lock cannot
 * exclude anyone there), so a failed attempt is retried after re-checking what is pending.
 */
export async function runMigrationsSafely(dataSource: DataSource): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const lock = dataSource.createQueryRunner();
    try {
      await lock.connect();
      await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
      try {
        await dataSource.runMigrations({ transaction: 'all' });
        return;
      } finally {
        await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
      }
    } catch (error) {
      if (attempt >= ATTEMPTS) throw error;
      await new Promise((done) => setTimeout(done, 100 * attempt));
      const pending = await dataSource.showMigrations().catch(() => true);
      if (!pending) return;
    } finally {
      await lock.release();
    }
  }
}
