// Stops the PGlite server that global-setup.cjs started (if it started one).
module.exports = async function globalTeardown() {
  const embedded = globalThis.__LIUCHENG_PGLITE__;
  if (!embedded) return;
  globalThis.__LIUCHENG_PGLITE__ = undefined;
  await embedded.server.stop();
  await embedded.db.close();
  delete process.env.DATABASE_URL;
};
