import { resolve } from 'node:path';
import { DataSource, type LoggerOptions } from 'typeorm';
import { MIGRATIONS } from '../migrations';
import { ListeningClient } from './listening-client';
import { poolSettings } from './pool-settings';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';
import { runMigrationsSafely } from './run-migrations';

export interface DatabaseOptions {
  /** A PostgreSQL URL; defaults to `DATABASE_URL`. Absent: embedded PGlite. */
  url?: string;
  /** Embedded data directory; defaults to `LIUCHENG_DATA_DIR`, else `./.data`. */
  dataDir?: string;
  /** Connection pool size; defaults to `LIUCHENG_DB_POOL`, else 10. */
  poolSize?: number;
  logging?: LoggerOptions;
  /** Told when an idle pooled connection fails (it is dropped and replaced on demand). */
  onPoolError?: (error: Error) => void;
}

/** An initialized, migrated DataSource and whatever must be stopped with it. */
export interface Database {
  dataSource: DataSource;
  /** True when this process runs the embedded PGlite server. */
  embedded: boolean;
  close(): Promise<void>;
}

/** The TypeORM options for a PostgreSQL URL (used by the factory and by scripts). */
export function dataSourceOptions(
  url: string,
  poolSize: number,
  logging: LoggerOptions = false,
  onPoolError: (error: Error) => void = (error) => console.warn(`database pool: ${error.message}`),
) {
  return {
    type: 'postgres' as const,
    url,
    // Every query is raw SQL: migrations are the one description of the schema.
    entities: [],
    migrations: MIGRATIONS,
    migrationsRun: false,
    migrationsTransactionMode: 'all' as const,
    synchronize: false,
    logging,
    // Every pooled connection has an `error` listener, checked out or not (see ListeningClient).
    extra: { ...poolSettings(poolSize), Client: ListeningClient },
    poolErrorHandler: onPoolError,
  };
}

/**
 * Opens the database: the server at `DATABASE_URL`, otherwise an embedded PGlite with its data
 * on disk (survives a restart). Runs pending migrations before returning.
 */
export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  const poolSize = options.poolSize ?? (Number(process.env.LIUCHENG_DB_POOL) || 10);
  const configuredUrl = options.url ?? process.env.DATABASE_URL;
  let embedded: EmbeddedPostgres | undefined;
  let url = configuredUrl;
  if (!url) {
    const dataDir = resolve(options.dataDir ?? process.env.LIUCHENG_DATA_DIR ?? '.data');
    embedded = await startEmbeddedPostgres({ dataDir, maxConnections: poolSize + 4 });
    url = embedded.url;
  }
  const dataSource = new DataSource(dataSourceOptions(url, poolSize, options.logging, options.onPoolError));
  try {
    await dataSource.initialize();
    await runMigrationsSafely(dataSource);
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw error;
  }
  let closed = false;
  return {
    dataSource,
    embedded: Boolean(embedded),
    async close() {
      if (closed) return;
      closed = true;
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
