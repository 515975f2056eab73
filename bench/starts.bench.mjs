// Instance starts per second: STARTS_CLIENTS closed-loop clients POST /api/instances on the built
// API for STARTS_SECONDS after a warm-up, for the shipped lead report (a real start form, its
// first task and notification) and the bench's one-state ping definition. Every answer must be
// 201 and every 201 an instance in the database. Needs `npm run build:api`.
//
//   node bench/starts.bench.mjs
//
// Environment: STARTS_CLIENTS (32), STARTS_SECONDS (10), STARTS_WARMUP_SECONDS (2), DATABASE_URL
// (default: a freshly recreated liucheng_bench). Writes bench/results/starts-<time>.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { BENCH_DEFINITION_KEY } from './bench-ping.definition.mjs';
import { prepareDatabase } from './lib/database.mjs';
import { expectJson } from './lib/http-client.mjs';
import { runLoad, summariseLoad } from './lib/load.mjs';
import { productTarget } from './lib/targets.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLIENTS = Number(process.env.STARTS_CLIENTS ?? 32);
const SECONDS = Number(process.env.STARTS_SECONDS ?? 10);
const WARMUP = Number(process.env.STARTS_WARMUP_SECONDS ?? 2);

const workloads = [
  {
    name: 'lead-report (shipped: start form, first task, notification)',
    key: 'lead-report',
    input: { client: '某县教育局', description: '校园网扩容', unit: '湘潭项目部', contact: '李老师' },
  },
  { name: 'bench-ping (one state, no task)', key: BENCH_DEFINITION_KEY, input: {} },
];

process.chdir(ROOT);
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const logDir = path.join(ROOT, 'bench/results', `starts-${stamp}`);
mkdirSync(logDir, { recursive: true });
const loadBefore = loadavg();
const { url } = await prepareDatabase();
const product = productTarget({ databaseUrl: url, logDir });
await product.start();
try {
  await product.prepare(); // publishes bench-ping as admin
  const login = await expectJson(
    {
      port: product.port(),
      method: 'POST',
      path: '/api/auth/login',
      body: { username: 'staff', password: 'demo1234' },
    },
    [200, 201],
  );
  const headers = { authorization: `Bearer ${login.accessToken}` };
  const results = {};
  for (const w of workloads) {
    const load = {
      port: product.port(),
      paths: Array(CLIENTS).fill('/api/instances'),
      body: JSON.stringify({ definitionKey: w.key, input: w.input }),
      headers,
      okStatus: 201,
    };
    const warm = await runLoad({ ...load, seconds: WARMUP });
    const measured = await runLoad({ ...load, seconds: SECONDS });
    const r = summariseLoad([measured]);
    // Every 201 is one instance: count them in the database (warm-up included).
    const db = new pg.Client({ connectionString: url });
    await db.connect();
    const { rows } = await db.query('SELECT count(*)::int AS n FROM instances WHERE definition_key = $1', [w.key]);
    await db.end();
    const answered = (warm.outcomes.get(201) ?? 0) + r.ok;
    results[w.key] = { ...r, instancesInDatabase: rows[0].n, answered201: answered };
    console.log(
      `${w.name}: ${r.eventsPerSec.toFixed(0)} starts/s, p50 ${r.latencyMs.p50.toFixed(1)} ms, p99 ${r.latencyMs.p99.toFixed(1)} ms, non-201 ${r.failed}; ${answered} answered 201, ${rows[0].n} in the database`,
    );
    if (r.failed > 0 || rows[0].n !== answered) process.exitCode = 1;
  }
  const report = {
    at: new Date().toISOString(),
    clients: CLIENTS,
    seconds: SECONDS,
    machine: { cpus: cpus().length, node: process.version, loadavgBefore: loadBefore, loadavgAfter: loadavg() },
    results,
  };
  writeFileSync(path.join(ROOT, 'bench/results', `starts-${stamp}.json`), `${JSON.stringify(report, null, 2)}\n`);
} finally {
  await product.stop();
}
