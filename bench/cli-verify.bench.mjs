// `npx liucheng verify` on a large evidence bundle, with no database and no server: builds a
// sealed bundle of CLI_INSTANCES instances whose histories hold CLI_ENTRIES entries in all (the
// engine computes every hash and state, as the API's export would), writes it to a temporary
// folder, then times the command line end to end (start-up and in-memory compilation included)
// CLI_REPEATS times, and checks that a copy with one altered entry fails.
//
//   node bench/cli-verify.bench.mjs
//
// Environment: CLI_ENTRIES (100000), CLI_INSTANCES (10), CLI_REPEATS (2).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { ROOT, loadEngine } from './lib/engine.mjs';

const ENTRIES = Number(process.env.CLI_ENTRIES ?? 100_000);
const INSTANCES = Number(process.env.CLI_INSTANCES ?? 10);
const REPEATS = Number(process.env.CLI_REPEATS ?? 2);
const CLI = path.join(ROOT, 'apps/cli/liucheng.cjs');

const spec = {
  id: 'bench-counter',
  initial: 'on',
  meta: {
    title: { zh: '计数', en: 'Counter' },
    events: { PING: { title: { zh: '计数', en: 'Ping' } } },
  },
  context: { n: 0 },
  states: {
    on: {
      meta: { title: { zh: '运行中', en: 'Running' } },
      on: { PING: { actions: [{ type: 'increment', params: { to: 'n' } }] } },
    },
    off: { type: 'final', meta: { title: { zh: '已结束', en: 'Ended' } } },
  },
};

/** One instance's stored history of `count` entries (entry 1 the start), hashed and replayed. */
function instanceOf(engine, compiled, index, count) {
  const id = `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`;
  const at = (i) => new Date(Date.UTC(2026, 0, 5) + i * 1000).toISOString();
  const recorded = [{ type: '@start', data: {}, actor: 'staff', at: at(0) }];
  for (let i = 1; i < count; i++) recorded.push({ type: 'PING', data: {}, actor: 'staff', at: at(i) });
  const last = engine.replayFinal(compiled, recorded);
  const history = [];
  let prevHash = engine.GENESIS_HASH;
  recorded.forEach((e, i) => {
    const entry = { ...e, instanceId: id, seq: i + 1, stateAfter: 'on', prevHash };
    prevHash = engine.hashEntry(entry);
    history.push({ ...entry, hash: prevHash });
  });
  return {
    id,
    definitionKey: spec.id,
    version: 1,
    businessKey: null,
    status: last.status,
    startedBy: 'staff',
    createdAt: at(0),
    updatedAt: at(count - 1),
    seq: count,
    lastHash: prevHash,
    state: last.state,
    context: last.context,
    history,
    attachments: [],
  };
}

function runCli(file) {
  const t0 = performance.now();
  const run = spawnSync(process.execPath, [CLI, 'verify', file], { cwd: ROOT, encoding: 'utf8' });
  return { ms: performance.now() - t0, status: run.status, out: `${run.stdout}${run.stderr}`.trim() };
}

const { engine, cleanup } = loadEngine('cli-bench-');
const dir = mkdtempSync(path.join(tmpdir(), 'liucheng-cli-bench-'));
try {
  const compiled = engine.compile(spec, engine.standardRegistry);
  const built = performance.now();
  const per = Math.ceil(ENTRIES / INSTANCES);
  const instances = Array.from({ length: INSTANCES }, (_, i) => instanceOf(engine, compiled, i + 1, per));
  const bundle = engine.sealBundle({
    format: 'liucheng-evidence-bundle',
    version: 1,
    createdAt: new Date().toISOString(),
    createdBy: 'bench',
    filter: {},
    definitions: [{ key: spec.id, version: 1, checksum: engine.sha256Canonical(spec), spec }],
    instances,
    checkpoint: null,
  });
  const file = path.join(dir, 'bundle.json');
  writeFileSync(file, JSON.stringify(bundle));
  const entries = bundle.manifest.entryCount;
  console.log(
    `cli-verify bench: ${INSTANCES} instances, ${entries} entries, ${(statSync(file).size / 1e6).toFixed(1)} MB bundle (built in ${Math.round(performance.now() - built)} ms)`,
  );
  let lastOut = '';
  for (let i = 0; i < REPEATS; i++) {
    const run = runCli(file);
    lastOut = run.out;
    if (run.status !== 0) throw new Error(`verify failed on a clean bundle:\n${run.out}`);
    console.log(
      `  run ${i + 1}: ${Math.round(run.ms)} ms end to end (${((run.ms * 1000) / entries).toFixed(1)} µs/entry)`,
    );
  }
  console.log(`  answer: ${lastOut.split('\n').at(-1)}`);

  // One altered entry deep inside the last instance: the command must fail and name it.
  const tampered = JSON.parse(JSON.stringify(bundle));
  const victim = tampered.instances.at(-1).history[Math.floor(per / 2)];
  victim.actor = 'mallory';
  const bad = path.join(dir, 'tampered.json');
  writeFileSync(bad, JSON.stringify(tampered));
  const refused = runCli(bad);
  if (refused.status === 0) throw new Error('a tampered bundle verified');
  console.log(`  tampered copy: exit ${refused.status}, ${refused.out.split('\n').find((l) => l.startsWith('FAIL'))}`);
  // The same change with the manifest recomputed (a forger's next step): the entry's hash gives it away.
  delete tampered.manifest;
  delete tampered.manifestSha256;
  writeFileSync(bad, JSON.stringify(engine.sealBundle(tampered)));
  const resealed = runCli(bad);
  if (resealed.status === 0) throw new Error('a tampered, resealed bundle verified');
  console.log(
    `  resealed copy: exit ${resealed.status}, ${resealed.out.split('\n').find((l) => l.startsWith('FAIL'))}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
  cleanup();
}
