#!/usr/bin/env node
// CPU per instance start (POST /api/instances), per build, on a shared machine: the start-route
// counterpart of event-cpu.bench.mjs. Each build gets its own database, so its PostgreSQL cost is
// its own client backends only; builds alternate in short rounds (order flipped every round) so a
// burst of other work falls on all alike. Compare CPU per start, not starts/s, on a busy machine.
//
//   node bench/start-cpu.bench.mjs
//   BENCH_BUILDS=new=dist/apps/api/src/main.js,old=/tmp/old/dist/apps/api/src/main.js node bench/start-cpu.bench.mjs
//
// Environment: BENCH_BUILDS (`name=path/to/main.js`, comma-separated; default the current build),
// BENCH_WORKLOADS (`lead-report,bench-ping`; also `bench-keyed`: the ping with a business key),
// BENCH_CLIENTS (8), BENCH_ROUNDS (6), BENCH_ROUND_SECONDS (3), BENCH_WARMUP_SECONDS (2),
// BENCH_DATABASE_PREFIX (`liucheng_start_cpu_`: build i recreates `<prefix><i>`),
// BENCH_TRACE_QUERIES=1 (statements per start by shape), BENCH_CPU_PROF=1 (a profile per build,
// summarised over the measured periods only). Prints and writes bench/results/start-cpu-<time>.json.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { BENCH_DEFINITION_KEY, benchPingSpec } from './bench-ping.definition.mjs';
import { recreateDatabase, SERVER_URL } from './lib/database.mjs';
import { expectJson } from './lib/http-client.mjs';
import { runLoad } from './lib/load.mjs';
import { clientBackendPids, processTicks, TICK_US } from './lib/proc-cpu.mjs';
import { PRODUCT_MAIN, productTarget } from './lib/targets.mjs';
import { summariseProfile } from './profile-summary.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const KEYED = 'bench-keyed';

const num = (name, fallback) => (process.env[name] ? Number(process.env[name]) : fallback);
const settings = {
  clients: num('BENCH_CLIENTS', 8),
  rounds: num('BENCH_ROUNDS', 6),
  roundSeconds: num('BENCH_ROUND_SECONDS', 3),
  warmupSeconds: num('BENCH_WARMUP_SECONDS', 2),
  workloads: (process.env.BENCH_WORKLOADS ?? 'lead-report,bench-ping').split(','),
  prefix: process.env.BENCH_DATABASE_PREFIX ?? 'liucheng_start_cpu_',
  trace: process.env.BENCH_TRACE_QUERIES === '1',
  profile: process.env.BENCH_CPU_PROF === '1',
};

/** What each workload starts, as `staff`. */
const WORKLOADS = {
  'lead-report': {
    key: 'lead-report',
    input: { client: '某县教育局', description: '校园网扩容', unit: '湘潭项目部', contact: '李老师' },
  },
  'bench-ping': { key: BENCH_DEFINITION_KEY, input: {} },
  [KEYED]: { key: KEYED, input: {} },
};

/** `name=main.js` entries. */
function parseBuilds(spec) {
  return spec.split(',').map((entry, i) => {
    const [name, main] = entry.includes('=') ? entry.split('=') : [`build${i}`, entry];
    return { name, main, database: `${settings.prefix}${i}` };
  });
}

/** Backend ticks per pid. */
function backendTicks(pids) {
  const out = new Map();
  for (const pid of pids) {
    const t = processTicks(pid);
    if (t) out.set(pid, t.user + t.system);
  }
  return out;
}

/** Ticks the backends used between two readings: a backend opened in between counts from 0, one gone is left out. */
function backendDelta(before, after) {
  let sum = 0;
  for (const [pid, t] of after) sum += t - (before.get(pid) ?? 0);
  return sum;
}

/** Publishes the ping with a business-key template, so each start takes a day counter. */
async function publishKeyed(target) {
  const spec = { ...benchPingSpec, id: KEYED, meta: { ...benchPingSpec.meta, businessKey: 'BK-{yyyyMMdd}-{seq:3}' } };
  const port = target.port();
  const headers = target.headers();
  await expectJson({ port, method: 'PUT', path: `/api/definitions/${KEYED}/draft`, body: { spec }, headers }, [200]);
  await expectJson({ port, method: 'POST', path: `/api/definitions/${KEYED}/publish`, headers }, [201]);
}

/** Statement shapes sent at least once per 10 starts, with their count per start. */
function perStart(traceFile, starts) {
  const stats = JSON.parse(readFileSync(traceFile, 'utf8'));
  const total = stats.reduce((n, s) => n + s.n, 0);
  return {
    statementsPerStart: Number((total / starts).toFixed(2)),
    shapes: stats
      .filter((s) => s.n >= starts / 10)
      .map((s) => ({
        perStart: Number((s.n / starts).toFixed(2)),
        meanMs: Number((s.ms / s.n).toFixed(3)),
        sql: s.sql,
      })),
  };
}

async function main() {
  const builds = parseBuilds(process.env.BENCH_BUILDS ?? `current=${PRODUCT_MAIN}`);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const logDir = path.join(ROOT, 'bench', 'results', `start-cpu-${stamp}`);
  mkdirSync(logDir, { recursive: true });
  const admin = new pg.Client({ connectionString: `${SERVER_URL}/postgres` });
  await admin.connect();
  const loadBefore = loadavg();
  try {
    for (const build of builds) {
      await recreateDatabase(build.database);
      const dir = path.join(logDir, build.name);
      mkdirSync(dir, { recursive: true });
      build.target = productTarget({
        databaseUrl: `${SERVER_URL}/${build.database}`,
        logDir: dir,
        main: build.main,
        ...(settings.profile ? { profileDir: path.join(dir, 'profiles') } : {}),
        ...(settings.trace ? { traceDir: dir } : {}),
      });
      await build.target.start();
      await build.target.prepare(); // publishes bench-ping as admin
      if (settings.workloads.includes(KEYED)) await publishKeyed(build.target);
      const login = await expectJson(
        {
          port: build.target.port(),
          method: 'POST',
          path: '/api/auth/login',
          body: { username: 'staff', password: 'demo1234' },
        },
        [200, 201],
      );
      build.loads = {};
      build.totals = {};
      build.windows = [];
      for (const name of settings.workloads) {
        const w = WORKLOADS[name];
        if (!w) throw new Error(`unknown workload ${name}`);
        build.loads[name] = {
          port: build.target.port(),
          paths: Array(settings.clients).fill('/api/instances'),
          body: JSON.stringify({ definitionKey: w.key, input: w.input }),
          headers: { authorization: `Bearer ${login.accessToken}` },
          okStatus: 201,
        };
        const warm = await runLoad({ ...build.loads[name], seconds: settings.warmupSeconds });
        build.totals[name] = { starts: 0, answered: warm.outcomes.get(201) ?? 0, failed: 0, seconds: 0 };
        Object.assign(build.totals[name], { serverUser: 0, serverSystem: 0, postgres: 0 });
      }
    }
    for (let round = 0; round < settings.rounds; round += 1) {
      const order = round % 2 === 0 ? builds : [...builds].reverse();
      for (const name of settings.workloads) {
        for (const build of order) {
          const pgBefore = backendTicks(await clientBackendPids(admin, build.database));
          const serverBefore = processTicks(build.target.pid());
          const startUs = Number(process.hrtime.bigint() / 1000n);
          const sample = await runLoad({ ...build.loads[name], seconds: settings.roundSeconds });
          build.windows.push({ startUs, endUs: Number(process.hrtime.bigint() / 1000n) });
          const serverAfter = processTicks(build.target.pid());
          const pgAfter = backendTicks(await clientBackendPids(admin, build.database));
          const ok = sample.outcomes.get(201) ?? 0;
          const t = build.totals[name];
          t.starts += ok;
          t.answered += ok;
          t.failed += [...sample.outcomes.values()].reduce((a, b) => a + b, 0) - ok;
          t.seconds += sample.elapsedS;
          t.serverUser += serverAfter.user - serverBefore.user;
          t.serverSystem += serverAfter.system - serverBefore.system;
          t.postgres += backendDelta(pgBefore, pgAfter);
        }
      }
    }
    const rows = [];
    for (const name of settings.workloads) {
      for (const build of builds) {
        const t = build.totals[name];
        const db = new pg.Client({ connectionString: `${SERVER_URL}/${build.database}` });
        await db.connect();
        const { rows: counted } = await db
          .query('SELECT count(*)::int AS n FROM instances WHERE definition_key = $1', [WORKLOADS[name].key])
          .finally(() => db.end());
        const { n } = counted[0];
        if (n !== t.answered)
          throw new Error(`${build.name} ${name}: ${t.answered} answered 201, ${n} in the database`);
        rows.push({
          workload: name,
          build: build.name,
          'starts/s': Math.round(t.starts / t.seconds),
          'server user µs': Math.round((t.serverUser * TICK_US) / t.starts),
          'server kernel µs': Math.round((t.serverSystem * TICK_US) / t.starts),
          'postgres µs': Math.round((t.postgres * TICK_US) / t.starts),
          'total µs': Math.round(((t.serverUser + t.serverSystem + t.postgres) * TICK_US) / t.starts),
          'non-201': t.failed,
        });
      }
    }
    const loadAfter = loadavg();
    console.log(
      `${settings.clients} clients, ${settings.rounds} rounds of ${settings.roundSeconds} s per build and workload; ` +
        `load average ${loadBefore[0].toFixed(2)} -> ${loadAfter[0].toFixed(2)}; CPU per start:`,
    );
    console.table(rows);
    const totals = Object.fromEntries(builds.map((b) => [b.name, b.totals]));
    const report = {
      at: new Date().toISOString(),
      settings,
      builds: builds.map((b) => b.name),
      loadBefore,
      loadAfter,
      rows,
      totals,
    };
    for (const build of builds) await build.target.stop();
    if (settings.trace) {
      report.statements = {};
      for (const build of builds) {
        const starts = Object.values(build.totals).reduce((n, t) => n + t.answered, 0);
        report.statements[build.name] = perStart(build.target.traceFile, starts);
        console.log(`\n${build.name}: ${report.statements[build.name].statementsPerStart} statements per start`);
        for (const s of report.statements[build.name].shapes)
          console.log(
            `  ${String(s.perStart).padStart(5)} × ${String(s.meanMs).padStart(7)} ms  ${s.sql.slice(0, 160)}`,
          );
      }
    }
    if (settings.profile) {
      report.profiles = {};
      for (const build of builds) {
        const summary = summariseProfile(build.target.profileFile, 30, build.windows);
        report.profiles[build.name] = { file: path.relative(ROOT, build.target.profileFile), totalMs: summary.totalMs };
        console.log(`\n== ${build.name}: ${summary.totalMs} ms sampled in the measured periods; self by package:`);
        for (const r of summary.selfByPackage)
          console.log(`  ${r.share.padStart(6)} ${String(r.ms).padStart(7)} ms  ${r.name}`);
      }
      report.windows = Object.fromEntries(builds.map((b) => [b.name, b.windows]));
    }
    const file = path.join(ROOT, 'bench', 'results', `start-cpu-${stamp}.json`);
    writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`results: ${path.relative(ROOT, file)}`);
    if (rows.some((r) => r['non-201'] > 0)) process.exitCode = 1;
  } finally {
    for (const build of builds) await build.target?.stop().catch(() => undefined);
    await admin.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
