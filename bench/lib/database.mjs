// The benchmark's database: DATABASE_URL when given, else a freshly recreated `liucheng_bench`
// on the machine's PostgreSQL (127.0.0.1:5432). Never touches any other database.
import process from 'node:process';
import pg from 'pg';

const BENCH_DATABASE = 'liucheng_bench';
const SERVER_URL = 'postgres://postgres@127.0.0.1:5432';

/**
 * Resolves the database URL for the run. Without DATABASE_URL it drops and recreates
 * `liucheng_bench` (connecting to the `postgres` maintenance database) so each run starts clean.
 */
export async function prepareDatabase() {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, recreated: false };
  const admin = new pg.Client({ connectionString: `${SERVER_URL}/postgres` });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${BENCH_DATABASE} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${BENCH_DATABASE}`);
  } finally {
    await admin.end();
  }
  return { url: `${SERVER_URL}/${BENCH_DATABASE}`, recreated: true };
}

/** `SHOW server_version` of the database the run uses. */
export async function postgresVersion(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query('SHOW server_version');
    return rows[0].server_version;
  } finally {
    await client.end();
  }
}

/**
 * Pids of the PostgreSQL processes serving the benchmark: the backends connected to its database
 * (the servers' pools) and the shared background processes (WAL writer, checkpointer, …).
 */
export async function benchPostgresPids(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT pid FROM pg_stat_activity
       WHERE pid <> pg_backend_pid() AND (datname = current_database() OR backend_type <> 'client backend')`,
    );
    return rows.map((r) => String(r.pid));
  } finally {
    await client.end();
  }
}
