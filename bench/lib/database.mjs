// The benchmark's database: DATABASE_URL when given, else a freshly recreated `liucheng_bench`
// on the machine's PostgreSQL (127.0.0.1:5432). Never touches any other database.
import process from 'node:process';
import pg from 'pg';

const BENCH_DATABASE = 'liucheng_bench';
export const SERVER_URL = 'postgres://postgres@127.0.0.1:5432';

/** Runs the statements, in order, on the server's `postgres` maintenance database. */
async function onServer(...statements) {
  const admin = new pg.Client({ connectionString: `${SERVER_URL}/postgres` });
  await admin.connect();
  try {
    for (const sql of statements) await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/** Drops `name` (closing its connections) and creates it empty; resolves its URL. */
export async function recreateDatabase(name) {
  await onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`, `CREATE DATABASE ${name}`);
  return `${SERVER_URL}/${name}`;
}

/** Drops `name` if it is there (closing its connections). */
export async function dropDatabase(name) {
  await onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

/**
 * Resolves the database URL for the run. Without DATABASE_URL it drops and recreates `name`
 * (`liucheng_bench` unless a bench names its own) so each run starts clean.
 */
export async function prepareDatabase(name = BENCH_DATABASE) {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, recreated: false };
  return { url: await recreateDatabase(name), recreated: true };
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
