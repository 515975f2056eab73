// History-verification benchmark: milliseconds per history entry for the engine's verifyHistory
// (restore once, step live snapshots, compare) next to what GET /verify did before it: replay()
// through persisted snapshots (restore + serialise per entry), canonical-JSON state comparisons
// and a separate verifyChain pass. Pure engine work, no database or HTTP.
//
//   node bench/verify-history.bench.mjs
//
// Environment: VERIFY_ENTRIES (2000: events per history), VERIFY_REPEATS (5: timed runs per
// approach, alternating, after a warm-up run; best and median reported). Exits 1 when the two approaches disagree on a history.
import process from 'node:process';
import { loadEngine } from './lib/engine.mjs';

const ENTRIES = Number(process.env.VERIFY_ENTRIES ?? 2000);
const REPEATS = Number(process.env.VERIFY_REPEATS ?? 5);
const INSTANCE_ID = '5b3c1f0e-2a4d-4e8f-9c1b-7d6a5e4f3a2b';

const title = (en) => ({ zh: `中文${en}`, en });

/** Two shapes: a counter self-loop, and parallel regions that each step on the same event. */
const workloads = [
  {
    name: 'counter (one state, increment)',
    spec: {
      id: 'bench-counter',
      initial: 'on',
      meta: { title: title('Counter'), events: { PING: { title: title('Ping') } } },
      context: { n: 0 },
      states: {
        on: { on: { PING: { actions: [{ type: 'increment', params: { to: 'n' } }] } } },
        off: { type: 'final' },
      },
    },
    event: () => 'PING',
  },
  {
    name: 'parallel regions (three regions step together)',
    spec: {
      id: 'bench-parallel',
      initial: 'work',
      meta: { title: title('Parallel'), events: { T: { title: title('Tick') } } },
      context: { n: 0 },
      states: {
        work: {
          type: 'parallel',
          states: Object.fromEntries(
            ['zeta', 'ab', 'middle'].map((r) => [
              r,
              { initial: 'x', states: { x: { on: { T: 'y' } }, y: { on: { T: 'x' } } } },
            ]),
          ),
          on: { T: { actions: [{ type: 'increment', params: { to: 'n' } }] } },
        },
        off: { type: 'final' },
      },
    },
    event: () => 'T',
  },
];

function buildHistory(engine, compiled, nextEvent) {
  const at = (i) => new Date(Date.UTC(2026, 0, 5, 0, 0, i)).toISOString();
  const recorded = [{ type: '@start', data: {}, actor: 'staff', at: at(0) }];
  for (let i = 1; i <= ENTRIES; i++) recorded.push({ type: nextEvent(i), data: {}, actor: 'staff', at: at(i) });
  const results = engine.replay(compiled, recorded);
  const entries = [];
  recorded.forEach((e, i) => {
    const entry = { ...e, instanceId: INSTANCE_ID, seq: i + 1, stateAfter: results[i].state };
    entry.prevHash = i === 0 ? engine.GENESIS_HASH : entries[i - 1].hash;
    entries.push({ ...entry, hash: engine.hashEntry(entry) });
  });
  const last = results[results.length - 1];
  const stored = { seq: entries.length, state: last.state, context: last.context, status: last.status };
  return { entries, stored, recorded };
}

/** What GET /verify computed before verifyHistory existed (same checks, same answer on a clean history). */
function previousVerify(engine, compiled, { entries, stored, recorded }) {
  const chain = engine.verifyChain(entries);
  const results = engine.replay(compiled, recorded);
  let ok = chain.ok;
  for (let i = 0; i < entries.length && ok; i++)
    ok = engine.canonicalJson(results[i].state) === engine.canonicalJson(entries[i].stateAfter);
  const last = results[results.length - 1];
  ok =
    ok &&
    engine.canonicalJson(last.state) === engine.canonicalJson(stored.state) &&
    engine.canonicalJson(last.context) === engine.canonicalJson(stored.context);
  return ok;
}

/** Times both approaches in alternating runs (order flipped each round) after one warm-up run each. */
function timeBoth(a, b) {
  const ms = { a: [], b: [] };
  const answers = { a: a(), b: b() };
  for (let i = 0; i < REPEATS; i++) {
    for (const key of i % 2 === 0 ? ['a', 'b'] : ['b', 'a']) {
      const t0 = process.hrtime.bigint();
      answers[key] = (key === 'a' ? a : b)() && answers[key];
      ms[key].push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  }
  const stats = (list) => {
    list.sort((x, y) => x - y);
    return { best: list[0], median: list[Math.floor(list.length / 2)] };
  };
  return { a: { ...stats(ms.a), answer: answers.a }, b: { ...stats(ms.b), answer: answers.b } };
}

const { engine, cleanup } = loadEngine('verify-bench-');
let failed = false;
try {
  console.log(
    `verify-history bench: ${ENTRIES + 1} entries per history, ${REPEATS} runs each, node ${process.version}`,
  );
  for (const w of workloads) {
    const compiled = engine.compile(w.spec, engine.standardRegistry);
    const history = buildHistory(engine, compiled, w.event);
    const { a: now, b: before } = timeBoth(
      () => engine.verifyHistory(compiled, history.entries, history.stored).ok,
      () => previousVerify(engine, compiled, history),
    );
    if (now.answer !== true || before.answer !== true) failed = true;
    const perEntry = (ms) => ((ms * 1000) / history.entries.length).toFixed(1);
    console.log(`\n${w.name}`);
    console.log(
      `  verifyHistory            best ${now.best.toFixed(1)} ms, median ${now.median.toFixed(1)} ms (${perEntry(now.median)} µs/entry)`,
    );
    console.log(
      `  replay + chain (before)  best ${before.best.toFixed(1)} ms, median ${before.median.toFixed(1)} ms (${perEntry(before.median)} µs/entry)`,
    );
    console.log(`  speed-up (median)        ${(before.median / now.median).toFixed(2)}x`);
  }
} finally {
  cleanup();
}
if (failed) {
  console.error('A clean history did not verify with one of the approaches');
  process.exit(1);
}
