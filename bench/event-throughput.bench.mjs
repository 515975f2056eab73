// Event-path benchmark: events accepted per second and p50/p99 latency of
// POST /api/instances/:id/events on the built product API, and of a minimal node:http + pg + xstate
// baseline doing the same transaction, with 1, 8 and 32 keep-alive clients (plus 32 on one instance).
//
//   npm run build:api && npm run bench
//
// Environment: DATABASE_URL (default: recreate liucheng_bench on 127.0.0.1:5432), BENCH_SECONDS (10),
// BENCH_WARMUP_SECONDS (2), BENCH_ROUNDS (5: measured time split into alternating slices), BENCH_LEVELS (1,8,32), BENCH_CONTENTION (1: also 32 clients on one instance),
// BENCH_TARGETS (product,baseline; also group-commit: the product with LIUCHENG_GROUP_COMMIT=1),
// BENCH_GROUP_COMMIT (1: targets product,group-commit,baseline), BENCH_GROUP_COMMIT_LANES (server default 4), BENCH_CPU_PROF (1: profile both servers), BENCH_TRACE_QUERIES (1: count
// the SQL statements per event), BENCH_WRITE_README (1).
// Exits 1 when more than 1% of answers are not 200, or when the stored seq disagrees with the 200s counted.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { setTimeout } from 'node:timers';
import { fileURLToPath } from 'node:url';
import { PING_BODY } from './bench-ping.definition.mjs';
import { benchPostgresPids, postgresVersion, prepareDatabase } from './lib/database.mjs';
import { cpuDelta, cpuSnapshot, sumCpu } from './lib/cpu.mjs';
import { batchDelta, mergeBatchDeltas, walSyncs } from './lib/group-commit.mjs';
import { runLoad, summariseLoad } from './lib/load.mjs';
import { consoleTable, cpuPerEventText, markdownSnippet, updateReadme } from './lib/report.mjs';
import { baselineTarget, PRODUCT_MAIN, productTarget } from './lib/targets.mjs';
import { printProfileSummary } from './profile-summary.mjs';

const MAX_FAILED_SHARE = 0.01;
const TARGET_NAMES = ['product', 'group-commit', 'baseline'];
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function settingsFromEnv(env) {
  const levels = (env.BENCH_LEVELS ?? '1,8,32').split(',').map(Number);
  if (levels.some((n) => !Number.isInteger(n) || n < 1 || n > 256)) throw new Error('BENCH_LEVELS: integers 1..256');
  const seconds = Number(env.BENCH_SECONDS ?? 10);
  const warmupSeconds = Number(env.BENCH_WARMUP_SECONDS ?? 2);
  const rounds = Number(env.BENCH_ROUNDS ?? 5);
  if (!Number.isInteger(rounds) || rounds < 1 || rounds > 100) throw new Error('BENCH_ROUNDS: an integer 1..100');
  if (!(seconds > 0 && seconds <= 600) || !(warmupSeconds >= 0 && warmupSeconds <= 60)) {
    throw new Error('BENCH_SECONDS must be in (0, 600] and BENCH_WARMUP_SECONDS in [0, 60]');
  }
  const defaultTargets = env.BENCH_GROUP_COMMIT === '1' ? 'product,group-commit,baseline' : 'product,baseline';
  const targets = (env.BENCH_TARGETS ?? defaultTargets).split(',');
  if (targets.some((t) => !TARGET_NAMES.includes(t))) throw new Error(`BENCH_TARGETS: ${TARGET_NAMES.join(',')}`);
  const scenarios = levels.map((clients) => ({ clients, instances: clients }));
  if (env.BENCH_CONTENTION !== '0') scenarios.push({ clients: Math.max(...levels), instances: 1 });
  return {
    seconds,
    warmupSeconds,
    rounds,
    scenarios,
    targets,
    profile: env.BENCH_CPU_PROF === '1',
    traceQueries: env.BENCH_TRACE_QUERIES === '1',
    writeReadme: env.BENCH_WRITE_README !== '0',
  };
}

function makeTarget(name, options) {
  if (name === 'baseline') return baselineTarget(options);
  if (name === 'product') return productTarget(options);
  const lanes = process.env.BENCH_GROUP_COMMIT_LANES;
  const env = { LIUCHENG_GROUP_COMMIT: '1', ...(lanes ? { LIUCHENG_GROUP_COMMIT_LANES: lanes } : {}) };
  return productTarget(options, { name, env });
}

/** Group commit next to the product and the baseline, per level: ev/s, p99, PostgreSQL µs/ev, WAL syncs/ev, batches. */
function groupCommitTable(scenarios) {
  const cell = (r, f) => (r ? f(r) : '–');
  const lines = ['== group commit (ev/s, p99 ms, postgres µs/ev, WAL syncs/ev) vs product and baseline'];
  for (const s of scenarios) {
    const describe = (r) =>
      `${r.eventsPerSec.toFixed(0)} ev/s, p99 ${r.latencyMs.p99.toFixed(1)}, pg ${r.cpu ? Math.round((r.cpu.postgresMs * 1000) / r.ok) : '–'} µs, ` +
      `WAL ${r.walSyncsPerEvent?.toFixed(3) ?? '–'}`;
    const gc = s['group-commit'];
    lines.push(
      `${s.clients} clients/${s.instances} inst: group-commit ${cell(gc, describe)}` +
        ` | product ${cell(s.product, describe)} | baseline ${cell(s.baseline, describe)}` +
        (s.groupCommitRatio ? ` | group-commit/baseline ${s.groupCommitRatio.toFixed(2)}` : '') +
        (gc?.batches ? `\n    batches: ${JSON.stringify(gc.batches)}` : ''),
    );
  }
  return lines.join('\n');
}

function git(args) {
  const out = spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
  return out.status === 0 ? out.stdout.trim() : undefined;
}

async function machineInfo(databaseUrl) {
  return {
    nproc: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.versions.node,
    postgres: await postgresVersion(databaseUrl),
    commit: git(['rev-parse', '--short', 'HEAD']),
    dirty: Boolean(git(['status', '--porcelain'])),
  };
}

function ensureProductBuilt() {
  if (existsSync(PRODUCT_MAIN)) return;
  console.log(`${PRODUCT_MAIN} is missing: running npm run build:api`);
  const build = spawnSync('npm', ['run', 'build:api'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0 || !existsSync(PRODUCT_MAIN)) throw new Error('npm run build:api failed');
}

/** Creates the scenario's instances and warms up on them; returns the load to measure with. */
async function prepareLevel(target, scenario, settings, used) {
  const ids = [];
  for (let i = 0; i < scenario.instances; i += 1) ids.push(await target.createInstance());
  const paths = Array.from({ length: scenario.clients }, (_, i) => target.eventPath(ids[i % ids.length]));
  const load = { port: target.port(), paths, body: PING_BODY, headers: target.headers() };
  const warm = settings.warmupSeconds > 0 ? await runLoad({ ...load, seconds: settings.warmupSeconds }) : null;
  const record = { ids, accepted: warm?.outcomes.get(200) ?? 0 };
  used.push(record);
  return { target, load, record, samples: [], cpu: [], windows: [], walSyncs: [], batches: [] };
}

/** One measured round of one server: load for `seconds`, with the CPU used and the time window. */
async function measureRound(level, seconds, databaseUrl) {
  const { target, load } = level;
  const pgPids = await benchPostgresPids(databaseUrl);
  const walBefore = await walSyncs(databaseUrl);
  const batchesBefore = target.name === 'group-commit' ? await target.groupCommit() : null;
  const before = cpuSnapshot(target.pid(), pgPids);
  const startUs = Number(process.hrtime.bigint() / 1000n);
  const sample = await runLoad({ ...load, seconds });
  level.cpu.push(cpuDelta(before, cpuSnapshot(target.pid(), pgPids)));
  const walAfter = await walSyncs(databaseUrl);
  if (walBefore !== null && walAfter !== null) level.walSyncs.push(walAfter - walBefore);
  if (batchesBefore) level.batches.push(batchDelta(batchesBefore, await target.groupCommit()));
  level.windows.push({ startUs, endUs: Number(process.hrtime.bigint() / 1000n) });
  level.samples.push(sample);
  level.record.accepted += sample.outcomes.get(200) ?? 0;
}

/**
 * Measures one level: both servers warmed up, then `rounds` alternating slices of
 * `seconds / rounds` each (order flipped every round), so noise from other processes on the
 * machine falls on both servers alike. Returns one merged result per server.
 */
async function measureLevel(targets, scenario, settings, used) {
  const levels = [];
  for (const target of targets) levels.push(await prepareLevel(target, scenario, settings, used.get(target.name)));
  for (let round = 0; round < settings.rounds; round += 1) {
    const order = round % 2 === 0 ? levels : [...levels].reverse();
    for (const level of order) await measureRound(level, settings.seconds / settings.rounds, settings.databaseUrl);
  }
  for (const level of levels) {
    const result = summariseLoad(level.samples);
    result.cpu = sumCpu(level.cpu);
    result.windows = level.windows;
    // Cluster-wide: other databases' commits on this PostgreSQL count too (noise).
    result.walSyncsPerEvent = level.walSyncs.length ? level.walSyncs.reduce((a, b) => a + b, 0) / result.ok : null;
    result.batches = mergeBatchDeltas(level.batches);
    scenario[level.target.name] = result;
    const label = `${level.target.name} ${scenario.clients} clients / ${scenario.instances} instance(s)`;
    console.log(
      `${label}: ${result.eventsPerSec.toFixed(0)} ev/s, p50 ${result.latencyMs.p50.toFixed(1)} ms, ` +
        `p99 ${result.latencyMs.p99.toFixed(1)} ms, non-200 ${result.failed} ${JSON.stringify(result.failures)}` +
        (result.cpu ? `; ${cpuPerEventText(result)}` : '') +
        (result.walSyncsPerEvent === null ? '' : `; WAL syncs/event ${result.walSyncsPerEvent.toFixed(3)}`) +
        (result.batches ? `; batches ${JSON.stringify(result.batches)}` : ''),
    );
  }
}

/** Every 200 must be one recorded event: the sum over instances of (seq - 1) equals the 200s counted. */
async function checkRecorded(target, used) {
  let recorded = 0;
  let counted = 0;
  for (const { ids, accepted } of used) {
    counted += accepted;
    for (const id of new Set(ids)) recorded += (await target.readInstance(id)).seq - 1;
  }
  return { counted, recorded, ok: counted === recorded };
}

/** Statements per accepted event by text, with their mean wall time (setup statements show below 1). */
function printQueryTrace(target, used) {
  if (!existsSync(target.traceFile)) return null;
  const events = used.reduce((sum, u) => sum + u.accepted, 0);
  const rows = JSON.parse(readFileSync(target.traceFile, 'utf8')).map(({ n, ms, sql }) => ({
    perEvent: n / events,
    meanMs: ms / n,
    sql,
  }));
  const frequent = rows.filter((r) => r.perEvent >= 0.01);
  const total = rows.reduce((sum, r) => sum + r.perEvent, 0);
  console.log(
    `\n== ${target.name}: ${total.toFixed(2)} statements per accepted event (${events} events); per event, mean ms, SQL`,
  );
  for (const r of frequent) {
    console.log(`  ${r.perEvent.toFixed(2).padStart(6)} ${r.meanMs.toFixed(2).padStart(7)}  ${r.sql.slice(0, 150)}`);
  }
  return { total, statements: frequent };
}

/** Ends a run that overran its budget (a hung server): the exit handler kills the children. */
function startWatchdog(settings) {
  const perLevelS = settings.seconds + settings.warmupSeconds + 60;
  const budgetS = 300 + settings.scenarios.length * settings.targets.length * perLevelS;
  setTimeout(() => {
    console.error(`*** BENCH FAILED: still running after ${budgetS} s; stopping`);
    process.exit(1);
  }, budgetS * 1000).unref();
}

async function main() {
  process.chdir(ROOT);
  const settings = settingsFromEnv(process.env);
  startWatchdog(settings);
  const startedAt = new Date().toISOString();
  const stamp = startedAt.replace(/[:.]/g, '-');
  const runDir = path.join('bench', 'results', stamp);
  mkdirSync(runDir, { recursive: true });
  if (settings.targets.includes('product')) ensureProductBuilt();
  const database = await prepareDatabase();
  settings.databaseUrl = database.url;
  const options = {
    databaseUrl: database.url,
    logDir: runDir,
    profileDir: settings.profile ? path.join(runDir, 'profiles') : undefined,
    traceDir: settings.traceQueries ? runDir : undefined,
  };
  const targets = settings.targets.map((name) => makeTarget(name, options));
  const used = new Map(targets.map((t) => [t.name, []]));
  const scenarios = settings.scenarios.map((s) => ({ ...s }));
  const problems = [];
  try {
    for (const target of targets) {
      await target.start();
      await target.prepare();
    }
    for (const scenario of scenarios) {
      await measureLevel(targets, scenario, settings, used);
      for (const target of targets) {
        if (scenario[target.name].failedShare > MAX_FAILED_SHARE) {
          const r = scenario[target.name];
          problems.push(
            `${target.name} at ${scenario.clients} clients/${scenario.instances} instance(s): ` +
              `${r.failed} of ${r.total} answers were not 200 ${JSON.stringify(r.failures)}`,
          );
        }
      }
      if (scenario.product && scenario.baseline)
        scenario.ratio = scenario.product.eventsPerSec / scenario.baseline.eventsPerSec;
      if (scenario['group-commit'] && scenario.baseline)
        scenario.groupCommitRatio = scenario['group-commit'].eventsPerSec / scenario.baseline.eventsPerSec;
    }
    for (const target of targets) {
      const check = await checkRecorded(target, used.get(target.name)).catch((error) => ({ error }));
      if (check.error) {
        problems.push(`${target.name}: could not read the instances back (${check.error.message})`);
        continue;
      }
      console.log(`${target.name}: ${check.counted} events answered 200, ${check.recorded} recorded in seq`);
      if (!check.ok)
        problems.push(`${target.name}: ${check.counted} events answered 200 but ${check.recorded} recorded`);
    }
  } finally {
    for (const target of targets) await target.stop();
  }

  const run = {
    startedAt,
    command: 'npm run bench',
    settings: {
      ...settings,
      scenarios: undefined,
      database: database.recreated ? 'liucheng_bench (recreated)' : 'DATABASE_URL',
    },
    machine: await machineInfo(database.url),
    scenarios,
    problems,
    passed: problems.length === 0,
  };
  if (settings.profile) {
    run.profiles = targets
      .filter((t) => existsSync(t.profileFile))
      .map((t) => {
        const windows = scenarios.flatMap((s) => s[t.name]?.windows ?? []);
        return printProfileSummary(t.profileFile, 30, windows);
      });
  }
  const snippet = markdownSnippet(run);
  const resultsBase = path.join('bench', 'results', stamp);
  writeFileSync(`${resultsBase}.json`, `${JSON.stringify(run, null, 2)}\n`);
  writeFileSync(`${resultsBase}.md`, `${snippet}\n`);
  if (settings.targets.includes('group-commit')) console.log(`\n${groupCommitTable(scenarios)}`);
  console.log(`\n${consoleTable(run)}\n\nresults: ${resultsBase}.json, ${resultsBase}.md (server logs in ${runDir}/)`);
  if (settings.traceQueries) {
    run.queriesPerEvent = Object.fromEntries(targets.map((t) => [t.name, printQueryTrace(t, used.get(t.name))]));
  }
  const complete = settings.targets.length === 2 && !settings.profile && !settings.traceQueries && run.passed;
  if (settings.writeReadme && complete) {
    await updateReadme(path.join('bench', 'README.md'), snippet);
    console.log('bench/README.md updated');
  }
  if (!run.passed) {
    console.error(`\n*** BENCH FAILED ***\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
