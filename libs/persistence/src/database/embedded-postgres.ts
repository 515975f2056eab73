import { mkdirSync } from 'node:fs';
import { guardExtendedQueries } from './pglite-session-guard';

/** A PGlite database served over the PostgreSQL wire protocol on 127.0.0.1. */
export interface EmbeddedPostgres {
  /** `postgres://postgres@127.0.0.1:<port>/postgres` */
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Directory of the data files; `undefined` keeps everything in memory. */
  dataDir?: string;
  /** Must be at least the pool size of every client: pglite-socket refuses the rest. */
  maxConnections: number;
  port?: number;
}

/**
 * Starts PGlite and a pglite-socket server on an ephemeral port, so `pg` and TypeORM connect
 * unchanged. PGlite runs one transaction at a time: callers must keep every query of a
 * transaction on that transaction's own connection, or they deadlock.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  // Loaded lazily: PGlite needs dynamic import(), which a Jest VM context forbids.
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const db = options.dataDir ? new PGlite(options.dataDir) : new PGlite();
  await db.waitReady;
  guardExtendedQueries(db);
  const server = new PGLiteSocketServer({
    db,
    host: '127.0.0.1',
    port: options.port ?? 0,
    maxConnections: options.maxConnections,
  });
  await server.start();
  const url = `postgres://postgres@${server.getServerConn()}/postgres`;
  let stopped = false;
  return {
    url,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
    },
  };
}
