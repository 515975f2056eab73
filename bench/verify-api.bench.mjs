// Server-side verification and replay of one long history, through the real HTTP API: one
// instance gets VERIFY_API_ENTRIES PING events (seeded through POST /events), then
// GET /verify, GET /replay, GET /history (whole) and one GET /history?after=&limit= page are
// timed, each VERIFY_API_REPEATS times after a warm-up. Needs `npm run build:api`.
//
//   node bench/verify-api.bench.mjs
//
// Environment: VERIFY_API_ENTRIES (10000), VERIFY_API_REPEATS (7), BENCH_CPU_PROF, DATABASE_URL (default: a
// freshly recreated liucheng_bench on 127.0.0.1:5432). Writes bench/results/verify-api-<time>.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { Buffer } from 'node:buffer';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { prepareDatabase } from './lib/database.mjs';
import { expectJson, requestJson } from './lib/http-client.mjs';
import { productTarget } from './lib/targets.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ENTRIES = Number(process.env.VERIFY_API_ENTRIES ?? 10_000);
const REPEATS = Number(process.env.VERIFY_API_REPEATS ?? 7);
const SENDERS = 8;
const PAGE = 500;

process.chdir(ROOT);
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const logDir = path.join(ROOT, 'bench/results', `verify-api-${stamp}`);
mkdirSync(logDir, { recursive: true });

const { url } = await prepareDatabase();
// BENCH_CPU_PROF=1: the server runs under --cpu-prof (profile in the run's folder, see profile-summary.mjs).
const profileDir = process.env.BENCH_CPU_PROF ? path.join(logDir, 'profiles') : undefined;
const product = productTarget({ databaseUrl: url, logDir, profileDir });
await product.start();
try {
  await product.prepare();
  const port = product.port();
  const headers = product.headers();
  const id = await product.createInstance();

  const seedStart = performance.now();
  const agent = new http.Agent({ keepAlive: true, maxSockets: SENDERS });
  let sent = 1; // entry 1 is the start
  await Promise.all(
    Array.from({ length: SENDERS }, async () => {
      while (sent < ENTRIES) {
        sent++;
        const res = await requestJson({
          port,
          agent,
          method: 'POST',
          path: product.eventPath(id),
          body: { type: 'PING' },
          headers,
        });
        if (res.status !== 200) throw new Error(`event answered ${res.status}: ${JSON.stringify(res.body)}`);
      }
    }),
  );
  agent.destroy();
  const seedMs = performance.now() - seedStart;
  const instance = await product.readInstance(id);
  if (instance.seq !== ENTRIES) throw new Error(`expected seq ${ENTRIES}, found ${instance.seq}`);

  const routes = {
    verify: `/api/instances/${id}/verify`,
    replay: `/api/instances/${id}/replay`,
    history: `/api/instances/${id}/history`,
    historyPage: `/api/instances/${id}/history?after=${Math.floor(ENTRIES / 2)}&limit=${PAGE}`,
  };
  const results = {};
  for (const [name, route] of Object.entries(routes)) {
    const check = await expectJson({ port, method: 'GET', path: route, headers }, [200]);
    if (name === 'verify' && !check.ok) throw new Error(`verification failed: ${JSON.stringify(check)}`);
    if (name === 'historyPage' && check.items.length !== PAGE)
      throw new Error(`a page of ${PAGE} expected, got ${check.items.length}`);
    const times = [];
    let bytes = 0;
    for (let i = 0; i < REPEATS; i++) {
      const t0 = performance.now();
      const res = await requestJson({ port, method: 'GET', path: route, headers, timeoutMs: 120_000 });
      times.push(performance.now() - t0);
      if (res.status !== 200) throw new Error(`${route} answered ${res.status}`);
      bytes = Buffer.byteLength(JSON.stringify(res.body));
    }
    times.sort((a, b) => a - b);
    results[name] = { bestMs: round(times[0]), medianMs: round(times[Math.floor(times.length / 2)]), bytes };
  }

  const report = {
    at: new Date().toISOString(),
    entries: ENTRIES,
    repeats: REPEATS,
    seed: { ms: Math.round(seedMs), eventsPerSecond: Math.round((ENTRIES - 1) / (seedMs / 1000)) },
    machine: { cpus: cpus().length, loadavgBefore: loadavg().map(round), node: process.version },
    results,
  };
  writeFileSync(path.join(ROOT, 'bench/results', `verify-api-${stamp}.json`), `${JSON.stringify(report, null, 2)}\n`);
  console.log(
    `verify-api bench: ${ENTRIES} entries, ${REPEATS} timed runs each (load average ${report.machine.loadavgBefore.join(' ')})`,
  );
  for (const [name, r] of Object.entries(results))
    console.log(`  ${name.padEnd(12)} best ${r.bestMs} ms, median ${r.medianMs} ms, ${(r.bytes / 1024).toFixed(0)} KB`);
} finally {
  await product.stop();
}

function round(n) {
  return Math.round(n * 10) / 10;
}
