// Timer-drain benchmark: two built API processes on one fresh PostgreSQL database, 1,000 timers
// due at the same moment. Reports whether every timer fired exactly once, the lateness
// (fired_at − due_at) p50/p99/max, and how many timers each process fired.
//
//   npm run build:api && node bench/timer-drain.bench.mjs
//
// Environment: DATABASE_URL (default: recreate liucheng_timer_bench on 127.0.0.1:5432),
// BENCH_TIMERS (1000), BENCH_PROCESSES (2), BENCH_LEAD_MS (20000: from the first start request
// to the common due moment), LIUCHENG_TIMER_INTERVAL_MS / _BATCH / _CONCURRENCY (passed to the servers).
// Exits 1 when a timer did not fire exactly once or a history does not verify.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { cpuDelta, cpuSnapshot } from './lib/cpu.mjs';
import { benchPostgresPids, prepareDatabase } from './lib/database.mjs';
import { expectJson } from './lib/http-client.mjs';
import { freePort, startServer, stopServer } from './lib/processes.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PRODUCT_MAIN = 'dist/apps/api/src/main.js';
const BENCH_DATABASE = 'liucheng_timer_bench';
const KEY = 'bench-timer';
const CONCURRENCY = 16;
const FIRE_TIMEOUT_MS = 120_000;
/** The CPU reading starts this long before the due moment (creation is over 2 s before it). */
const CPU_LEAD_MS = 500;
/** How often the harness counts the fired timers (the "all committed" figure's resolution). */
const POLL_MS = 50;

/** One state whose timer waits `context.wait` ms (given per instance at start), then a final state. */
const timerSpec = {
  id: KEY,
  initial: 'waiting',
  meta: { title: { zh: '计时基准', en: 'Timer benchmark' } },
  context: { wait: 60_000 },
  states: {
    waiting: { meta: { title: { zh: '等待中', en: 'Waiting' } }, after: { 'context.wait': 'fired' } },
    fired: { type: 'final', meta: { title: { zh: '已触发', en: 'Fired' } } },
  },
};

function settingsFromEnv(env) {
  const timers = Number(env.BENCH_TIMERS ?? 1000);
  const processes = Number(env.BENCH_PROCESSES ?? 2);
  const leadMs = Number(env.BENCH_LEAD_MS ?? 20_000);
  if (!Number.isInteger(timers) || timers < 1 || timers > 100_000) throw new Error('BENCH_TIMERS: 1..100000');
  if (!Number.isInteger(processes) || processes < 1 || processes > 8) throw new Error('BENCH_PROCESSES: 1..8');
  if (!(leadMs >= 1000 && leadMs <= 600_000)) throw new Error('BENCH_LEAD_MS: 1000..600000');
  const serverEnv = {};
  for (const name of ['LIUCHENG_TIMER_INTERVAL_MS', 'LIUCHENG_TIMER_BATCH', 'LIUCHENG_TIMER_CONCURRENCY'])
    if (env[name]) serverEnv[name] = env[name];
  return { timers, processes, leadMs, serverEnv };
}

/** Nearest-rank percentile of sorted numbers. */
function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** Runs `jobs` (functions returning promises) with at most `limit` in flight. */
async function pooled(jobs, limit) {
  const results = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  return results;
}

/** What else the machine was doing: load average and the busiest other processes. */
function machineLoad() {
  const ps = spawnSync('ps', ['-eo', 'pcpu,comm', '--sort=-pcpu', '--no-headers'], { encoding: 'utf8' });
  const busiest = (ps.stdout ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(0, 8);
  return { loadavg: os.loadavg().map((n) => Number(n.toFixed(2))), busiest };
}

/**
 * CPU µs per timer between the two readings: the servers together, PostgreSQL, interrupts, and
 * every other process (noise), plus the share of the machine those others used. Null off Linux.
 */
function cpuPerTimer(deltas, timers) {
  if (deltas.some((d) => !d)) return null;
  const [first] = deltas;
  const serverMs = deltas.reduce((sum, d) => sum + d.serverMs, 0);
  const perTimer = (ms) => Math.round((ms * 1000) / timers);
  const otherMs = first.busyMs - first.interruptsMs - serverMs - first.postgresMs - first.clientMs;
  return {
    windowMs: Math.round(first.capacityMs / os.availableParallelism()),
    serversUsPerTimer: perTimer(serverMs),
    postgresUsPerTimer: perTimer(first.postgresMs),
    interruptsUsPerTimer: perTimer(first.interruptsMs),
    otherProcsShare: Number((otherMs / first.capacityMs).toFixed(2)),
  };
}

async function main() {
  const settings = settingsFromEnv(process.env);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const logDir = path.join(ROOT, 'bench', 'results', `timer-drain-${stamp}`);
  mkdirSync(logDir, { recursive: true });
  const { url: databaseUrl } = await prepareDatabase(BENCH_DATABASE);
  const loadBefore = machineLoad();

  const servers = [];
  try {
    // One after the other: the first applies the migrations.
    for (let i = 0; i < settings.processes; i++) {
      const port = await freePort();
      servers.push(
        await startServer({
          name: `api-${i + 1}`,
          nodeArgs: [PRODUCT_MAIN],
          env: {
            PORT: String(port),
            HOST: '127.0.0.1',
            DATABASE_URL: databaseUrl,
            LIUCHENG_DEMO: '1',
            ...settings.serverEnv,
          },
          port,
          healthPath: '/api/health',
          logFile: path.join(logDir, `api-${i + 1}.log`),
        }),
      );
    }
    const port = servers[0].port;
    const login = await expectJson(
      { port, method: 'POST', path: '/api/auth/login', body: { username: 'admin', password: 'demo1234' } },
      [200],
    );
    const headers = { authorization: `Bearer ${login.accessToken}` };
    await expectJson(
      { port, method: 'PUT', path: `/api/definitions/${KEY}/draft`, body: { spec: timerSpec }, headers },
      [200],
    );
    await expectJson({ port, method: 'POST', path: `/api/definitions/${KEY}/publish`, headers }, [201]);

    // Every instance waits until the same moment; started round-robin on the servers.
    const dueAt = Date.now() + settings.leadMs;
    const ids = await pooled(
      Array.from({ length: settings.timers }, (_, i) => async () => {
        const server = servers[i % servers.length];
        const body = { definitionKey: KEY, input: { wait: Math.max(0, dueAt - Date.now()) } };
        const instance = await expectJson(
          { port: server.port, method: 'POST', path: '/api/instances', body, headers },
          [201],
        );
        return instance.id;
      }),
      CONCURRENCY,
    );
    const createdBy = Date.now();
    if (createdBy > dueAt - 2000) {
      throw new Error(
        `creating the instances took until ${createdBy - dueAt} ms after the due moment: raise BENCH_LEAD_MS`,
      );
    }
    console.log(`${ids.length} timers scheduled; due in ${dueAt - createdBy} ms`);

    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    try {
      // CPU from just before the due moment until every firing is committed: the servers, the
      // database's PostgreSQL processes (the harness's polling backend included), and the rest.
      await sleep(Math.max(0, dueAt - CPU_LEAD_MS - Date.now()));
      const postgresPids = await benchPostgresPids(databaseUrl);
      const cpuBefore = servers.map((server) => cpuSnapshot(server.child.pid, postgresPids));
      const deadline = dueAt + FIRE_TIMEOUT_MS;
      let fired = 0;
      while (Date.now() < deadline) {
        const { rows } = await db.query(
          `SELECT count(*)::int AS n FROM timers WHERE instance_id = ANY($1::uuid[]) AND status = 'fired'`,
          [ids],
        );
        fired = rows[0].n;
        if (fired >= ids.length) break;
        await sleep(POLL_MS);
      }
      const allCommittedMs = fired >= ids.length ? Date.now() - dueAt : null;
      const cpu = cpuPerTimer(
        servers.map((server, i) => cpuDelta(cpuBefore[i], cpuSnapshot(server.child.pid, postgresPids))),
        ids.length,
      );
      const loadAfter = machineLoad();
      const { rows: timers } = await db.query(
        `SELECT t.instance_id, t.status, t.attempts, t.due_at, t.fired_at, i.seq, i.state,
           (SELECT count(*)::int FROM instance_events e WHERE e.instance_id = t.instance_id AND e.type LIKE 'xstate.after.%') AS fired_events
         FROM timers t JOIN instances i ON i.id = t.instance_id WHERE t.instance_id = ANY($1::uuid[])`,
        [ids],
      );
      const problems = [];
      for (const t of timers) {
        if (t.status !== 'fired' || t.fired_events !== 1 || t.seq !== 2 || t.state !== 'fired') {
          problems.push({ instance: t.instance_id, status: t.status, firedEvents: t.fired_events, seq: t.seq });
        }
      }
      if (timers.length !== ids.length) problems.push({ missingTimers: ids.length - timers.length });
      const dueTimes = timers.map((t) => new Date(t.due_at).getTime());
      const lateness = timers
        .filter((t) => t.fired_at)
        .map((t) => new Date(t.fired_at).getTime() - new Date(t.due_at).getTime())
        .sort((a, b) => a - b);

      const verify = await pooled(
        ids.map((id) => async () => {
          const server = servers[Math.floor(Math.random() * servers.length)];
          return expectJson({ port: server.port, method: 'GET', path: `/api/instances/${id}/verify`, headers }, [200]);
        }),
        CONCURRENCY,
      );
      const unverified = verify.filter((v) => !v.ok).length;
      if (unverified > 0) problems.push({ historiesNotVerifying: unverified });

      const perProcess = [];
      for (const server of servers) {
        const incidents = await expectJson(
          { port: server.port, method: 'GET', path: '/api/admin/timer-incidents', headers },
          [200],
        );
        perProcess.push({ name: server.name, ...incidents.worker });
      }
      const firedByProcesses = perProcess.reduce((sum, p) => sum + p.fired, 0);
      if (firedByProcesses !== ids.length) problems.push({ firedByProcesses, expected: ids.length });

      const result = {
        at: new Date().toISOString(),
        commit: spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim(),
        nproc: os.availableParallelism(),
        settings: { ...settings, serverEnv: settings.serverEnv },
        timers: ids.length,
        fired,
        exactlyOnce: problems.length === 0,
        dueSpreadMs: Math.max(...dueTimes) - Math.min(...dueTimes),
        allCommittedMs,
        cpu,
        latenessMs: {
          min: lateness[0],
          p50: percentile(lateness, 50),
          p99: percentile(lateness, 99),
          max: lateness[lateness.length - 1],
        },
        perProcess,
        machine: { before: loadBefore, after: loadAfter },
        problems: problems.slice(0, 20),
      };
      writeFileSync(`${logDir}.json`, `${JSON.stringify(result, null, 2)}\n`);
      console.log(JSON.stringify(result, null, 2));
      if (problems.length > 0) process.exitCode = 1;
    } finally {
      await db.end();
    }
  } finally {
    for (const server of servers) await stopServer(server);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
