// `npm run bench`: every benchmark of bench/, one after the other, each in its own process (each
// prints and records its own results; the event-throughput part rewrites the results table of
// bench/README.md). Pick parts with BENCH_PARTS (comma-separated names below); the machine's
// load average is printed before and after each part, so a noisy part shows.
//
//   npm run bench                                # every part (about 15 minutes on 2 cores)
//   BENCH_PARTS=events,verify-api npm run bench  # some parts
//
// Builds the API first (`npm run build:api`) when dist/ is missing. Exits 1 when a part fails.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Every part: its script, whether it needs the built API, and settings of its own. */
export const PARTS = {
  events: { script: 'event-throughput.bench.mjs', api: true, about: 'events/s against the baseline, 1/8/32 clients' },
  'group-commit': {
    script: 'event-throughput.bench.mjs',
    api: true,
    about: 'the same with the product under group commit as a third server, batch sizes',
    env: { BENCH_GROUP_COMMIT: '1' },
  },
  crash: { script: 'group-commit-crash.mjs', api: true, about: 'kill -9 under 32 clients with group commit on' },
  'verify-api': { script: 'verify-api.bench.mjs', api: true, about: 'verify, replay, history of 10,000 entries' },
  verify: { script: 'verify-history.bench.mjs', api: false, about: "the engine's verifyHistory per entry" },
  cli: { script: 'cli-verify.bench.mjs', api: false, about: 'npx liucheng verify on a 100,000-entry bundle' },
  timers: { script: 'timer-drain.bench.mjs', api: true, about: '1,000 timers due at once, two processes' },
  replicas: { script: 'replicas.bench.mjs', api: true, about: 'one API process against three on one database' },
  starts: { script: 'starts.bench.mjs', api: true, about: 'instance starts per second at 32 clients' },
  read: { script: 'read-scale.bench.mjs', api: true, about: 'inbox and search at a million instances' },
};

function chosenParts(env) {
  const available = Object.keys(PARTS).filter((name) => existsSync(path.join(ROOT, 'bench', PARTS[name].script)));
  if (!env.BENCH_PARTS) return available;
  const asked = env.BENCH_PARTS.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = asked.filter((name) => !available.includes(name));
  if (unknown.length > 0)
    throw new Error(`unknown BENCH_PARTS ${unknown.join(', ')}; choose from ${available.join(', ')}`);
  return asked;
}

const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

const parts = chosenParts(process.env);
if (parts.some((name) => PARTS[name].api) && !existsSync(path.join(ROOT, 'dist/apps/api/src/main.js'))) {
  const build = spawnSync('npm', ['run', 'build:api'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(1);
}
const outcomes = [];
for (const name of parts) {
  const { script, about, env } = PARTS[name];
  console.log(`\n=== ${name}: ${about} (bench/${script}; load average ${load()})`);
  const started = Date.now();
  const run = spawnSync(process.execPath, [path.join('bench', script)], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  outcomes.push({ name, status: run.status, seconds: Math.round((Date.now() - started) / 1000) });
  console.log(`=== ${name}: exit ${run.status} after ${outcomes.at(-1).seconds} s (load average ${load()})`);
}
console.log('\nsummary');
for (const o of outcomes)
  console.log(`  ${o.name.padEnd(11)} ${o.status === 0 ? 'ok' : `FAILED (exit ${o.status})`}  ${o.seconds} s`);
if (outcomes.some((o) => o.status !== 0)) process.exitCode = 1;
