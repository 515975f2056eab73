// API replicas on one PostgreSQL: the same 32 closed-loop clients (one instance each) against
// one product server, then spread over three product servers on the same database, in
// alternating slices so machine noise falls on both. Afterwards every instance's seq must equal
// the 200 answers it got (nothing lost or applied twice across processes). Needs `npm run build:api`.
//
//   node bench/replicas.bench.mjs
//
// Environment: REPLICAS (3), REPLICA_CLIENTS (32), REPLICA_SECONDS (10, split into
// REPLICA_ROUNDS = 4 slices per setting), REPLICA_WARMUP_SECONDS (2), DATABASE_URL (default: a
// freshly recreated liucheng_bench). Writes bench/results/replicas-<time>.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { PING_BODY } from './bench-ping.definition.mjs';
import { prepareDatabase } from './lib/database.mjs';
import { expectJson } from './lib/http-client.mjs';
import { runLoad, summariseLoad } from './lib/load.mjs';
import { productTarget } from './lib/targets.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REPLICAS = Number(process.env.REPLICAS ?? 3);
const CLIENTS = Number(process.env.REPLICA_CLIENTS ?? 32);
const SECONDS = Number(process.env.REPLICA_SECONDS ?? 10);
const ROUNDS = Number(process.env.REPLICA_ROUNDS ?? 4);
const WARMUP = Number(process.env.REPLICA_WARMUP_SECONDS ?? 2);

process.chdir(ROOT);
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const logDir = path.join(ROOT, 'bench/results', `replicas-${stamp}`);
mkdirSync(logDir, { recursive: true });
const loadBefore = loadavg();

const { url } = await prepareDatabase();
const servers = Array.from({ length: REPLICAS }, (_, i) => {
  const dir = path.join(logDir, `server-${i + 1}`);
  mkdirSync(dir, { recursive: true });
  return productTarget({ databaseUrl: url, logDir: dir });
});
try {
  // The first server migrates and publishes; the others share its database (and its JWT secret).
  await servers[0].start();
  await servers[0].prepare();
  await Promise.all(servers.slice(1).map((s) => s.start()));
  const headers = servers[0].headers();
  const ids = [];
  for (let i = 0; i < CLIENTS; i++) ids.push(await servers[0].createInstance());
  const path0 = servers[0].eventPath;

  /** Client i of a setting: its instance on server i % n. */
  const loadsFor = (n) =>
    Array.from({ length: n }, (_, s) => ({
      port: servers[s].port(),
      paths: ids.filter((_, i) => i % n === s).map(path0),
      body: PING_BODY,
      headers,
    }));
  // Named, not numbered: integer-like keys would sort before 'one'.
  const settings = { oneServer: loadsFor(1), replicas: loadsFor(REPLICAS) };
  const run = (loads, seconds) => Promise.all(loads.map((l) => runLoad({ ...l, seconds })));
  const count = (samples) => samples.reduce((n, s) => n + (s.outcomes.get(200) ?? 0), 0);
  let total = 0;
  for (const loads of Object.values(settings)) total += count(await run(loads, WARMUP));

  const samples = Object.fromEntries(Object.keys(settings).map((k) => [k, []]));
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 === 0 ? Object.keys(settings) : Object.keys(settings).reverse();
    for (const name of order) {
      const parts = await run(settings[name], SECONDS / ROUNDS);
      total += count(parts);
      // Clients of one slice ran side by side: merge them into one sample of that slice.
      samples[name].push({
        concurrency: CLIENTS,
        latencies: parts.flatMap((p) => p.latencies),
        outcomes: parts.reduce((m, p) => {
          for (const [k, v] of p.outcomes) m.set(k, (m.get(k) ?? 0) + v);
          return m;
        }, new Map()),
        elapsedS: Math.max(...parts.map((p) => p.elapsedS)),
      });
    }
  }

  // Nothing lost or applied twice: the instances' seqs sum to the 200s (entry 1 is the start).
  let recorded = 0;
  for (const id of ids) {
    const instance = await expectJson(
      { port: servers[0].port(), method: 'GET', path: `/api/instances/${id}`, headers },
      [200],
    );
    recorded += instance.seq - 1;
  }
  const results = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, summariseLoad(v)]));
  const report = {
    at: new Date().toISOString(),
    clients: CLIENTS,
    replicas: REPLICAS,
    secondsPerSetting: SECONDS,
    rounds: ROUNDS,
    machine: { cpus: cpus().length, node: process.version, loadavgBefore: loadBefore, loadavgAfter: loadavg() },
    results,
    check: { answered200: total, recordedEvents: recorded, ok: total === recorded },
  };
  writeFileSync(path.join(ROOT, 'bench/results', `replicas-${stamp}.json`), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`replicas bench: ${CLIENTS} clients, one instance each, ${SECONDS} s per setting`);
  for (const [name, r] of Object.entries(results))
    console.log(
      `  ${name === 'oneServer' ? '1 server ' : `${REPLICAS} servers`}: ${r.eventsPerSec.toFixed(0)} ev/s, p50 ${r.latencyMs.p50.toFixed(1)} ms, p99 ${r.latencyMs.p99.toFixed(1)} ms, non-200 ${r.failed}`,
    );
  console.log(`  check: ${total} answered 200, ${recorded} recorded: ${report.check.ok ? 'equal' : 'DIFFERENT'}`);
  if (!report.check.ok) process.exitCode = 1;
} finally {
  await Promise.all(servers.map((s) => s.stop().catch(() => undefined)));
}
