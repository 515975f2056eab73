// Crash test of the event path (issue 15): the built API, 32 clients each sending PINGs numbered
// 0, 1, 2, … to their own instance, `kill -9` mid-load, restart on the same database, then check
// every instance: its history holds exactly the events 0..n-1 in order, where n is the number of
// 200s its client got, or n + 1 when the one request in flight at the kill had committed (nothing
// else), and GET /verify is ok. Run with group commit on (the default here) or off:
//
//   npm run build:api && node bench/group-commit-crash.mjs
//
// Environment: DATABASE_URL (default: recreate liucheng_crash on 127.0.0.1:5432), CRASH_ROUNDS (3),
// CRASH_CLIENTS (32), CRASH_GROUP_COMMIT (1; 0 = one transaction per event), CRASH_MIN_MS / CRASH_MAX_MS
// (kill after a random 1500..4000 ms of load). Not part of CI (a round takes ~10 s). Exits 1 on any loss.
import http from 'node:http';
import path from 'node:path';
import process from 'node:process';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { mkdirSync } from 'node:fs';
import { BENCH_DEFINITION_KEY, benchPingSpec } from './bench-ping.definition.mjs';
import { prepareDatabase } from './lib/database.mjs';
import { expectJson, requestJson } from './lib/http-client.mjs';
import { freePort, startServer } from './lib/processes.mjs';
import { PRODUCT_MAIN } from './lib/targets.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const env = process.env;
const ROUNDS = Number(env.CRASH_ROUNDS ?? 3);
const CLIENTS = Number(env.CRASH_CLIENTS ?? 32);
const GROUP_COMMIT = env.CRASH_GROUP_COMMIT ?? '1';
const MIN_MS = Number(env.CRASH_MIN_MS ?? 1500);
const MAX_MS = Number(env.CRASH_MAX_MS ?? 4000);

async function start(url, logFile) {
  const port = await freePort();
  return startServer({
    name: 'product',
    nodeArgs: [PRODUCT_MAIN],
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: url,
      LIUCHENG_DEMO: '1',
      LIUCHENG_GROUP_COMMIT: GROUP_COMMIT,
      LIUCHENG_LOGIN_RATE_LIMIT: '0',
    },
    port,
    healthPath: '/api/health',
    logFile,
  });
}

async function login(port) {
  const body = { username: 'admin', password: 'demo1234' };
  const res = await expectJson({ port, method: 'POST', path: '/api/auth/login', body }, [200]);
  return { authorization: `Bearer ${res.accessToken}` };
}

/** One client: PINGs numbered from 0 on its own instance until its connection breaks. */
async function client(port, headers, id, state) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const path = `/api/instances/${id}/events`;
  for (let by = 0; ; by += 1) {
    state.inFlight = by;
    let res;
    try {
      res = await requestJson({ port, method: 'POST', path, body: { type: 'PING', data: { by } }, headers, agent });
    } catch {
      break; // the server was killed: this one request is in doubt
    }
    state.inFlight = undefined;
    if (res.status !== 200) {
      state.other.push(res.status);
      break;
    }
    state.acked = by + 1;
  }
  agent.destroy();
}

/** What the history of one instance shows against what its client was told. */
async function check(port, headers, id, state) {
  const history = await expectJson({ port, method: 'GET', path: `/api/instances/${id}/history`, headers }, [200]);
  const bys = history.items.slice(1).map((e) => e.data.by);
  const verify = await expectJson({ port, method: 'GET', path: `/api/instances/${id}/verify`, headers }, [200]);
  const inOrder = bys.every((by, i) => by === i);
  const extra = bys.length - state.acked;
  const problems = [];
  if (!verify.ok) problems.push(`verify failed ${JSON.stringify(verify)}`);
  if (!inOrder) problems.push(`history out of order: ${JSON.stringify(bys.slice(0, 20))}…`);
  if (extra < 0)
    problems.push(`lost ${-extra} acknowledged event(s): ${state.acked} answered 200, ${bys.length} stored`);
  if (extra > 1 || (extra === 1 && state.inFlight === undefined))
    problems.push(`${extra} stored event(s) no client was answered for`);
  return { problems, inFlightCommitted: extra === 1 };
}

async function round(url, logDir, n) {
  let server = await start(url, path.join(logDir, `round-${n}-before.log`));
  let headers = await login(server.port);
  const port = server.port;
  const ids = [];
  for (let i = 0; i < CLIENTS; i += 1) {
    const body = { definitionKey: BENCH_DEFINITION_KEY };
    ids.push((await expectJson({ port, method: 'POST', path: '/api/instances', body, headers }, [201])).id);
  }
  const states = ids.map(() => ({ acked: 0, inFlight: undefined, other: [] }));
  const clients = ids.map((id, i) => client(port, headers, id, states[i]));
  await sleep(MIN_MS + Math.random() * (MAX_MS - MIN_MS));
  const batches = await requestJson({ port, method: 'GET', path: '/api/admin/group-commit', headers, timeoutMs: 2000 })
    .then((r) => r.body)
    .catch(() => null);
  server.child.kill('SIGKILL');
  await server.exitedPromise;
  await Promise.all(clients);
  server = await start(url, path.join(logDir, `round-${n}-after.log`));
  headers = await login(server.port);
  const results = [];
  for (const [i, id] of ids.entries()) results.push(await check(server.port, headers, id, states[i]));
  server.child.kill('SIGTERM');
  await server.exitedPromise;
  const problems = results.flatMap((r, i) => r.problems.map((p) => `instance ${ids[i]}: ${p}`));
  const others = states.flatMap((s) => s.other);
  if (others.length) problems.push(`non-200 answers before the kill: ${JSON.stringify(others)}`);
  return {
    acked: states.reduce((sum, s) => sum + s.acked, 0),
    inDoubt: states.filter((s) => s.inFlight !== undefined).length,
    inFlightCommitted: results.filter((r) => r.inFlightCommitted).length,
    batches: batches && {
      batches: batches.batches,
      mean: batches.meanBatchSize,
      max: batches.maxBatchSize,
      histogram: batches.histogram,
    },
    problems,
  };
}

async function main() {
  process.chdir(ROOT);
  const { url } = await prepareDatabase('liucheng_crash');
  const logDir = path.join('bench', 'results', `crash-${new Date().toISOString().replace(/[:.]/g, '-')}`);
  mkdirSync(logDir, { recursive: true });
  // The definition, published once (the server publishes nothing of the bench on its own).
  const setup = await start(url, path.join(logDir, 'setup.log'));
  const headers = await login(setup.port);
  const port = setup.port;
  await expectJson(
    {
      port,
      method: 'PUT',
      path: `/api/definitions/${BENCH_DEFINITION_KEY}/draft`,
      body: { spec: benchPingSpec },
      headers,
    },
    [200],
  );
  await expectJson({ port, method: 'POST', path: `/api/definitions/${BENCH_DEFINITION_KEY}/publish`, headers }, [201]);
  setup.child.kill('SIGTERM');
  await setup.exitedPromise;
  let failed = false;
  for (let n = 1; n <= ROUNDS; n += 1) {
    const r = await round(url, logDir, n);
    console.log(
      `round ${n} (group commit ${GROUP_COMMIT === '1' ? 'on' : 'off'}, ${CLIENTS} clients): ${r.acked} events answered 200, ` +
        `${r.inDoubt} in flight at kill -9 (${r.inFlightCommitted} of them committed), batches before the kill ${JSON.stringify(r.batches)}`,
    );
    for (const p of r.problems) console.log(`  PROBLEM ${p}`);
    failed ||= r.problems.length > 0;
  }
  console.log(
    failed
      ? '*** CRASH TEST FAILED'
      : `crash test passed: no acknowledged event lost, nothing unanswered stored beyond the in-flight ones (logs in ${logDir})`,
  );
  process.exitCode = failed ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
