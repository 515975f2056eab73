// Baseline for the event-path benchmark: the smallest server that does the product's per-event
// transaction (node:http + pg + xstate, no framework, no auth, no validation layer).
//
//   PORT=3999 DATABASE_URL=postgres://postgres@127.0.0.1:5432/liucheng_bench node bench/baseline-server.mjs
//
// Routes: POST /instances -> 201 instance; POST /instances/:id/events {type, data?} -> 200 instance
// (409 when the state does not handle the event, 404 for an unknown instance);
// GET /instances/:id -> 200 instance; GET /health -> 200.
// It owns the tables bench_instances and bench_events and recreates them at start.
import { Buffer } from 'node:buffer';
import { createHash, randomUUID } from 'node:crypto';
import http from 'node:http';
import process from 'node:process';
import canonicalize from 'canonicalize';
import pg from 'pg';
import { assign, initialTransition, setup, transition } from 'xstate';
import { benchPingSpec } from './bench-ping.definition.mjs';

const GENESIS_HASH = '0'.repeat(64);
const ACTOR = 'bench';
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const EVENT_ROUTE_RE = /^\/instances\/([^/]+)\/events$/;
const INSTANCE_ROUTE_RE = /^\/instances\/([^/]+)$/;
const TWO_TRIPS = process.env.BASELINE_ROUND_TRIPS === '2';

const SCHEMA_SQL = `
  DROP TABLE IF EXISTS bench_events;
  DROP TABLE IF EXISTS bench_instances;
  CREATE TABLE bench_instances (
    id uuid PRIMARY KEY,
    status text NOT NULL,
    state jsonb NOT NULL,
    snapshot jsonb NOT NULL,
    seq integer NOT NULL,
    last_hash char(64) NOT NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
  );
  CREATE TABLE bench_events (
    instance_id uuid NOT NULL REFERENCES bench_instances (id),
    seq integer NOT NULL,
    type text NOT NULL,
    data jsonb NOT NULL,
    actor text NOT NULL,
    at timestamptz NOT NULL,
    state_after jsonb NOT NULL,
    prev_hash char(64) NOT NULL,
    hash char(64) NOT NULL,
    PRIMARY KEY (instance_id, seq)
  );`;

/** The same `increment` action as the engine's standard library: context[to] += by (missing counts as 0). */
const machine = setup({
  actions: {
    increment: assign(({ context }, params) => ({ [params.to]: (Number(context[params.to]) || 0) + (params.by ?? 1) })),
  },
}).createMachine(benchPingSpec);

/** Hex SHA-256 of the RFC 8785 canonical JSON of the hashed history fields (docs/http-api.md: history). */
function hashEntry(entry) {
  return createHash('sha256').update(canonicalize(entry)).digest('hex');
}

function statusOf(snapshot) {
  return snapshot.status === 'done' ? 'done' : snapshot.status === 'error' ? 'failed' : 'running';
}

function instanceJson(id, persisted, seq, updatedAt) {
  return {
    id,
    definitionKey: benchPingSpec.id,
    status: statusOf(persisted),
    state: persisted.value,
    context: persisted.context,
    seq,
    updatedAt,
  };
}

async function inTransaction(pool, work) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query(result.commit === false ? 'ROLLBACK' : 'COMMIT');
    client.release();
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    client.release(error);
    throw error;
  }
}

async function insertEntry(client, entry, hash) {
  await client.query(
    `INSERT INTO bench_events (instance_id, seq, type, data, actor, at, state_after, prev_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      entry.instanceId,
      entry.seq,
      entry.type,
      JSON.stringify(entry.data),
      entry.actor,
      entry.at,
      JSON.stringify(entry.stateAfter),
      entry.prevHash,
      hash,
    ],
  );
}

/** Start one instance: `@start` history entry 1 plus the instance row, in one transaction. */
async function createInstance(pool, input) {
  const id = randomUUID();
  const [snapshot] = initialTransition(machine, input);
  const persisted = machine.getPersistedSnapshot(snapshot);
  const at = new Date().toISOString();
  const stateAfter = persisted.value;
  const entry = {
    instanceId: id,
    seq: 1,
    type: '@start',
    data: input,
    actor: ACTOR,
    at,
    stateAfter,
    prevHash: GENESIS_HASH,
  };
  const hash = hashEntry(entry);
  await inTransaction(pool, async (client) => {
    await client.query(
      `INSERT INTO bench_instances (id, status, state, snapshot, seq, last_hash, created_at, updated_at)
       VALUES ($1, $2, $3, $4, 1, $5, $6, $6)`,
      [id, statusOf(persisted), JSON.stringify(persisted.value), JSON.stringify(persisted), hash, at],
    );
    await insertEntry(client, entry, hash);
    return {};
  });
  return { status: 201, body: instanceJson(id, persisted, 1, at) };
}

/** One event: lock the row, restore, pure transition, hash, insert history, update instance, commit. */
async function sendEvent(pool, id, event) {
  return inTransaction(pool, async (client) => {
    const { rows } = await client.query(
      'SELECT snapshot, seq, last_hash FROM bench_instances WHERE id = $1 FOR UPDATE',
      [id],
    );
    const step = stepEvent(id, rows[0], event);
    if (step.status !== 200) return { commit: false, ...step };
    await insertEntry(client, step.entry, step.hash);
    await client.query(
      `UPDATE bench_instances SET snapshot = $2, state = $3, status = $4, seq = $5, last_hash = $6, updated_at = $7
       WHERE id = $1`,
      [
        id,
        JSON.stringify(step.persisted),
        JSON.stringify(step.persisted.value),
        statusOf(step.persisted),
        step.entry.seq,
        step.hash,
        step.entry.at,
      ],
    );
    return { status: 200, body: step.body };
  });
}

/** The pure part of an event: restore, transition, next history entry and its hash. */
function stepEvent(id, row, event) {
  if (!row) return { status: 404, body: { statusCode: 404, message: 'no such instance' } };
  const restored = machine.resolveState({ value: row.snapshot.value, context: row.snapshot.context });
  const data = event.data ?? {};
  const at = new Date().toISOString();
  const [next] = transition(machine, restored, { type: event.type, data, actor: ACTOR, at });
  if (next === restored) return { status: 409, body: { statusCode: 409, message: `event ${event.type} not accepted` } };
  const persisted = machine.getPersistedSnapshot(next);
  const seq = row.seq + 1;
  const entry = {
    instanceId: id,
    seq,
    type: event.type,
    data,
    actor: ACTOR,
    at,
    stateAfter: persisted.value,
    prevHash: row.last_hash,
  };
  const hash = hashEntry(entry);
  return { status: 200, persisted, entry, hash, body: instanceJson(id, persisted, seq, at) };
}

/**
 * The same transaction in two round trips instead of five (BASELINE_ROUND_TRIPS=2): simple-protocol
 * multi-statement queries with escaped literals, `BEGIN; SELECT … FOR UPDATE` then `INSERT; UPDATE; COMMIT`.
 * Shows what the round trips cost; not the reference baseline.
 */
async function sendEventTwoTrips(pool, id, event) {
  const client = await pool.connect();
  try {
    const lit = (value) => client.escapeLiteral(String(value));
    const json = (value) => client.escapeLiteral(JSON.stringify(value));
    const [, selected] = await client.query(
      `BEGIN; SELECT snapshot, seq, last_hash FROM bench_instances WHERE id = ${lit(id)} FOR UPDATE`,
    );
    const step = stepEvent(id, selected.rows[0], event);
    if (step.status !== 200) {
      await client.query('ROLLBACK');
      client.release();
      return step;
    }
    const { entry, persisted } = step;
    await client.query(
      `INSERT INTO bench_events (instance_id, seq, type, data, actor, at, state_after, prev_hash, hash)
       VALUES (${lit(id)}, ${entry.seq}, ${lit(entry.type)}, ${json(entry.data)}, ${lit(entry.actor)}, ${lit(entry.at)},
               ${json(entry.stateAfter)}, ${lit(entry.prevHash)}, ${lit(step.hash)});
       UPDATE bench_instances SET snapshot = ${json(persisted)}, state = ${json(persisted.value)},
         status = ${lit(statusOf(persisted))}, seq = ${entry.seq}, last_hash = ${lit(step.hash)}, updated_at = ${lit(entry.at)}
       WHERE id = ${lit(id)};
       COMMIT`,
    );
    client.release();
    return { status: 200, body: step.body };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    client.release(error);
    throw error;
  }
}

async function getInstance(pool, id) {
  const { rows } = await pool.query('SELECT snapshot, seq, updated_at FROM bench_instances WHERE id = $1', [id]);
  if (rows.length === 0) return { status: 404, body: { statusCode: 404, message: 'no such instance' } };
  return { status: 200, body: instanceJson(id, rows[0].snapshot, rows[0].seq, rows[0].updated_at.toISOString()) };
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('error', reject);
    req.on('end', () => {
      try {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve(text ? JSON.parse(text) : {});
      } catch {
        reject(Object.assign(new Error('body is not JSON'), { statusCode: 400 }));
      }
    });
  });
}

async function route(pool, req) {
  const path = req.url.split('?')[0];
  if (req.method === 'GET' && path === '/health') return { status: 200, body: { status: 'ok' } };
  if (req.method === 'POST' && path === '/instances') return createInstance(pool, (await readJson(req)).input ?? {});
  const eventMatch = EVENT_ROUTE_RE.exec(path);
  const instanceMatch = INSTANCE_ROUTE_RE.exec(path);
  const id = eventMatch?.[1] ?? instanceMatch?.[1];
  if (id !== undefined && !UUID_RE.test(id)) return { status: 400, body: { statusCode: 400, message: 'malformed id' } };
  if (req.method === 'POST' && eventMatch) {
    const event = await readJson(req);
    if (typeof event.type !== 'string') return { status: 400, body: { statusCode: 400, message: 'type is required' } };
    return TWO_TRIPS ? sendEventTwoTrips(pool, id, event) : sendEvent(pool, id, event);
  }
  if (req.method === 'GET' && instanceMatch) return getInstance(pool, id);
  return { status: 404, body: { statusCode: 404, message: 'no such route' } };
}

async function main() {
  const port = Number(process.env.PORT ?? 3999);
  const pool = new pg.Pool({
    connectionString: process.env.DATABASE_URL,
    max: Number(process.env.BENCH_POOL_SIZE ?? 10),
  });
  await pool.query(SCHEMA_SQL);
  const server = http.createServer((req, res) => {
    route(pool, req)
      .catch((error) => {
        if (!error.statusCode) console.error(error);
        return {
          status: error.statusCode ?? 500,
          body: { statusCode: error.statusCode ?? 500, message: error.message },
        };
      })
      .then(({ status, body }) => {
        const text = JSON.stringify(body);
        res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
        res.end(text);
      });
  });
  server.keepAliveTimeout = 65_000;
  const shutdown = () => {
    server.close();
    server.closeAllConnections();
    pool.end().finally(() => process.exit(0));
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
  server.listen(port, '127.0.0.1', () => console.log(`baseline listening on 127.0.0.1:${port}`));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
