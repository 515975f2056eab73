#!/usr/bin/env node
// CPU per event of the event route, per build, on a shared machine: each build gets its own
// database, so its PostgreSQL cost is its own client backends only (not the WAL writer or
// checkpointer, which every database on the server shares, nor other people's tests). Builds
// alternate in short rounds so a burst of other work falls on all alike.
//
//   node bench/event-cpu.bench.mjs
//   BENCH_BUILDS=new=dist/apps/api/src/main.js,old=/tmp/old/dist/apps/api/src/main.js,baseline node bench/event-cpu.bench.mjs
//
// Environment: BENCH_BUILDS (`name=path/to/main.js` or `baseline`, comma-separated; default the
// current build and the baseline), BENCH_CLIENTS (1), BENCH_ROUNDS (6), BENCH_ROUND_SECONDS (3),
// BENCH_WARMUP_SECONDS (2), BENCH_CPU_DATABASES (`liucheng_cpu_`: the builds' databases are this
// prefix and their index, recreated), BENCH_PING_SEARCH (comma-separated `meta.search` fields of the
// ping definition, e.g. `n`: each event then changes a declared field). Prints and writes
// bench/results/event-cpu-<time>.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { PING_BODY } from './bench-ping.definition.mjs';
import { recreateDatabase, SERVER_URL } from './lib/database.mjs';
import { runLoad } from './lib/load.mjs';
import { clientBackendPids, processTicks, TICK_US } from './lib/proc-cpu.mjs';
import { baselineTarget, PRODUCT_MAIN, productTarget } from './lib/targets.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const num = (name, fallback) => (process.env[name] ? Number(process.env[name]) : fallback);
const settings = {
  clients: num('BENCH_CLIENTS', 1),
  rounds: num('BENCH_ROUNDS', 6),
  roundSeconds: num('BENCH_ROUND_SECONDS', 3),
  warmupSeconds: num('BENCH_WARMUP_SECONDS', 2),
};

const DATABASES = process.env.BENCH_CPU_DATABASES ?? 'liucheng_cpu_';
if (!/^[a-z_][a-z0-9_]{0,40}$/.test(DATABASES)) throw new Error('BENCH_CPU_DATABASES: a plain lower-case prefix');

/** `name=main.js` entries; `baseline` alone is bench/baseline-server.mjs. */
function parseBuilds(spec) {
  return spec.split(',').map((entry, i) => {
    if (entry === 'baseline') return { name: 'baseline', database: `${DATABASES}${i}` };
    const [name, main] = entry.includes('=') ? entry.split('=') : [`build${i}`, entry];
    return { name, main, database: `${DATABASES}${i}` };
  });
}

function snapshot(serverPid, pgPids) {
  const server = processTicks(serverPid) ?? { user: 0, system: 0 };
  const postgres = pgPids.reduce((sum, pid) => {
    const t = processTicks(pid) ?? { user: 0, system: 0 };
    return sum + t.user + t.system;
  }, 0);
  return { serverUser: server.user, serverSystem: server.system, postgres };
}

async function main() {
  const builds = parseBuilds(process.env.BENCH_BUILDS ?? `current=${PRODUCT_MAIN},baseline`);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const logDir = path.join(ROOT, 'bench', 'results', `event-cpu-${stamp}`);
  mkdirSync(logDir, { recursive: true });
  const admin = new pg.Client({ connectionString: `${SERVER_URL}/postgres` });
  await admin.connect();
  try {
    for (const build of builds) {
      await recreateDatabase(build.database);
      const options = { databaseUrl: `${SERVER_URL}/${build.database}`, logDir: path.join(logDir, build.name) };
      mkdirSync(options.logDir, { recursive: true });
      build.target =
        build.name === 'baseline' ? baselineTarget(options) : productTarget({ ...options, main: build.main });
      await build.target.start();
      await build.target.prepare();
      const ids = [];
      for (let i = 0; i < settings.clients; i += 1) ids.push(await build.target.createInstance());
      build.load = {
        port: build.target.port(),
        paths: ids.map((id) => build.target.eventPath(id)),
        body: PING_BODY,
        headers: build.target.headers(),
      };
      await runLoad({ ...build.load, seconds: settings.warmupSeconds });
      build.totals = { events: 0, failed: 0, seconds: 0, serverUser: 0, serverSystem: 0, postgres: 0 };
    }
    for (let round = 0; round < settings.rounds; round += 1) {
      const order = round % 2 === 0 ? builds : [...builds].reverse();
      for (const build of order) {
        const pids = await clientBackendPids(admin, build.database);
        const before = snapshot(build.target.pid(), pids);
        const sample = await runLoad({ ...build.load, seconds: settings.roundSeconds });
        const after = snapshot(build.target.pid(), pids);
        const ok = sample.outcomes.get(200) ?? 0;
        const t = build.totals;
        t.events += ok;
        t.failed += [...sample.outcomes.values()].reduce((a, b) => a + b, 0) - ok;
        t.seconds += sample.elapsedS;
        for (const key of ['serverUser', 'serverSystem', 'postgres']) t[key] += after[key] - before[key];
      }
    }
    const rows = builds.map(({ name, totals: t }) => ({
      build: name,
      'ev/s': Math.round(t.events / t.seconds),
      'server user µs/ev': Math.round((t.serverUser * TICK_US) / t.events),
      'server kernel µs/ev': Math.round((t.serverSystem * TICK_US) / t.events),
      'postgres backends µs/ev': Math.round((t.postgres * TICK_US) / t.events),
      'total µs/ev': Math.round(((t.serverUser + t.serverSystem + t.postgres) * TICK_US) / t.events),
      'non-200': t.failed,
    }));
    console.log(`${settings.clients} client(s), ${settings.rounds} rounds of ${settings.roundSeconds} s per build`);
    console.table(rows);
    const file = path.join(ROOT, 'bench', 'results', `event-cpu-${stamp}.json`);
    writeFileSync(file, `${JSON.stringify({ settings, builds: builds.map((b) => b.name), rows }, null, 2)}\n`);
    console.log(`results: ${path.relative(ROOT, file)}`);
    if (rows.some((r) => r['non-200'] > 0)) process.exitCode = 1;
  } finally {
    for (const build of builds) await build.target?.stop().catch(() => undefined);
    await admin.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
