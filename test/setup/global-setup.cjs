// Jest globalSetup for the `api` project: when DATABASE_URL is unset, start an in-memory
// PGlite behind pglite-socket (PGlite cannot load inside a Jest VM worker) and hand its
// URL to the workers. With DATABASE_URL set (CI), the tests use that server unchanged.
module.exports = async function globalSetup() {
  process.env.LIUCHENG_DB_POOL = process.env.LIUCHENG_DB_POOL || '4';
  process.env.LIUCHENG_DEMO = '1';
  if (process.env.DATABASE_URL) return;
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  const db = new PGlite();
  await db.waitReady;
  // The same guard as the app's embedded server: concurrent clients' extended queries must not
  // interleave on PGlite's one session, nor a lost client leave it waiting for its Sync.
  require('../../libs/persistence/src/database/pglite-session-guard.ts').guardExtendedQueries(db);
  // Every worker opens one pool per app it creates; leave plenty of headroom.
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 200 });
  await server.start();
  process.env.DATABASE_URL = `postgres://postgres@${server.getServerConn()}/postgres`;
  process.env.LIUCHENG_TEST_PGLITE = '1';
  globalThis.__LIUCHENG_PGLITE__ = { db, server };
};
