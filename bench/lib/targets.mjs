// The two servers under test, behind one shape: start, prepare (auth + definition),
// create an instance, the event path of an instance, and read back an instance's seq.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { BENCH_DEFINITION_KEY, benchPingSpec } from '../bench-ping.definition.mjs';
import { expectJson } from './http-client.mjs';
import { freePort, startServer, stopServer } from './processes.mjs';

/** The ping definition, with `meta.search` from BENCH_PING_SEARCH (`n`: every event changes a declared field). */
function pingSpec() {
  const search = process.env.BENCH_PING_SEARCH?.split(',').filter(Boolean);
  return search?.length ? { ...benchPingSpec, meta: { ...benchPingSpec.meta, search } } : benchPingSpec;
}

export const PRODUCT_MAIN = 'dist/apps/api/src/main.js';
const BASELINE_MAIN = 'bench/baseline-server.mjs';
const EXIT_ON_SIGNAL = 'bench/lib/exit-on-signal.cjs';
const DEMO_USER = { username: 'admin', password: 'demo1234' };

const TRACE_QUERIES = 'bench/lib/trace-queries.cjs';

/** `--cpu-prof` and/or the query tracer, with the preload that turns SIGTERM into a clean exit. */
function instrumentArgs({ profileDir, traceDir }, name) {
  const args = [];
  if (profileDir) {
    mkdirSync(profileDir, { recursive: true });
    args.push('--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=${name}.cpuprofile`);
  }
  if (traceDir) args.push('-r', `./${TRACE_QUERIES}`);
  if (profileDir || traceDir) args.push('-r', `./${EXIT_ON_SIGNAL}`);
  return args;
}

function traceEnv({ traceDir }, name) {
  return traceDir ? { BENCH_QUERY_TRACE_FILE: path.join(traceDir, `${name}.queries.json`) } : {};
}

/**
 * The Liucheng API built by `npm run build:api`, with the demo users, publishing the bench definition.
 * `main`: another build's main.js (an A/B run against older code). `name` and `env` make variants of
 * it (`group-commit`: LIUCHENG_GROUP_COMMIT=1).
 */
export function productTarget(options, { name = 'product', env: extraEnv = {} } = {}) {
  const { databaseUrl, logDir, profileDir, traceDir, main = PRODUCT_MAIN } = options;
  let server;
  let headers = {};
  return {
    name,
    profileFile: profileDir && path.join(profileDir, `${name}.cpuprofile`),
    traceFile: traceDir && path.join(traceDir, `${name}.queries.json`),
    async start() {
      if (!existsSync(main)) throw new Error(`${main} is missing: run npm run build:api first`);
      const port = await freePort();
      server = await startServer({
        name,
        nodeArgs: [...instrumentArgs(options, name), main],
        env: {
          PORT: String(port),
          HOST: '127.0.0.1',
          DATABASE_URL: databaseUrl,
          LIUCHENG_DEMO: '1',
          ...traceEnv(options, name),
          ...extraEnv,
        },
        port,
        healthPath: '/api/health',
        logFile: path.join(logDir, `${name}.log`),
      });
      return server;
    },
    async prepare() {
      const port = server.port;
      const login = await expectJson({ port, method: 'POST', path: '/api/auth/login', body: DEMO_USER }, [200, 201]);
      headers = { authorization: `Bearer ${login.accessToken}` };
      const draft = await expectJson(
        {
          port,
          method: 'PUT',
          path: `/api/definitions/${BENCH_DEFINITION_KEY}/draft`,
          body: { spec: pingSpec() },
          headers,
        },
        [200],
      );
      if (draft.validation && !draft.validation.ok) {
        throw new Error(`bench definition is invalid for the product: ${JSON.stringify(draft.validation.errors)}`);
      }
      await expectJson(
        { port, method: 'POST', path: `/api/definitions/${BENCH_DEFINITION_KEY}/publish`, headers },
        [201],
      );
    },
    headers: () => headers,
    async createInstance() {
      const body = { definitionKey: BENCH_DEFINITION_KEY };
      const instance = await expectJson(
        { port: server.port, method: 'POST', path: '/api/instances', body, headers },
        [201],
      );
      return instance.id;
    },
    eventPath: (id) => `/api/instances/${id}/events`,
    async readInstance(id) {
      return expectJson({ port: server.port, method: 'GET', path: `/api/instances/${id}`, headers }, [200]);
    },
    /** The group-commit batcher's counters (GET /api/admin/group-commit; admin token). */
    async groupCommit() {
      return expectJson({ port: server.port, method: 'GET', path: '/api/admin/group-commit', headers }, [200]);
    },
    port: () => server.port,
    pid: () => server.child.pid,
    stop: () => stopServer(server),
  };
}

/** bench/baseline-server.mjs: node:http + pg + xstate doing the same transaction. */
export function baselineTarget(options) {
  const { databaseUrl, logDir, profileDir, traceDir } = options;
  let server;
  return {
    name: 'baseline',
    profileFile: profileDir && path.join(profileDir, 'baseline.cpuprofile'),
    traceFile: traceDir && path.join(traceDir, 'baseline.queries.json'),
    async start() {
      const port = await freePort();
      server = await startServer({
        name: 'baseline',
        nodeArgs: [...instrumentArgs(options, 'baseline'), BASELINE_MAIN],
        env: { PORT: String(port), DATABASE_URL: databaseUrl, ...traceEnv(options, 'baseline') },
        port,
        healthPath: '/health',
        logFile: path.join(logDir, 'baseline.log'),
      });
      return server;
    },
    async prepare() {},
    headers: () => ({}),
    async createInstance() {
      const instance = await expectJson({ port: server.port, method: 'POST', path: '/instances', body: {} }, [201]);
      return instance.id;
    },
    eventPath: (id) => `/instances/${id}/events`,
    async readInstance(id) {
      return expectJson({ port: server.port, method: 'GET', path: `/instances/${id}` }, [200]);
    },
    port: () => server.port,
    pid: () => server.child.pid,
    stop: () => stopServer(server),
  };
}
