// Microbenchmark of the input-limit walk (apps/api/src/common/input-limits.ts) that runs on
// every request body, the benchmarked event route included: time per body for JSON.parse alone
// and JSON.parse plus the walk, on the event route's body, a task form's body and a 64 KB body.
// Usage: node bench/input-limits.bench.mjs   (BENCH_ITERATIONS, default 200000 for small bodies)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from '@swc/core';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Compiles the one TypeScript file in memory (it imports types only). */
function loadInputLimits() {
  const file = join(root, 'apps/api/src/common/input-limits.ts');
  const { code } = transformSync(readFileSync(file, 'utf8'), {
    filename: file,
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', code)(module, module.exports, require);
  return module.exports;
}

const { inputLimitProblems } = loadInputLimits();

const bodies = {
  'event {"type":"PING"}': JSON.stringify({ type: 'PING' }),
  'task form (20 fields)': JSON.stringify({
    outcome: 'APPROVE',
    data: Object.fromEntries(
      Array.from({ length: 20 }, (_, i) => [
        `field${i}`,
        i % 3 ? `值 value ${i}` : { amount: i * 1.5, tags: ['a', 'b'] },
      ]),
    ),
  }),
  '24 KB definition body': JSON.stringify({
    spec: {
      states: Object.fromEntries(
        Array.from({ length: 150 }, (_, i) => [
          `s${i}`,
          {
            meta: { title: { zh: '审批', en: `Review ${i}` } },
            on: {
              OK: `s${i + 1}`,
              NO: { target: 'end', guard: { type: 'lte', params: { field: 'context.n', value: i } } },
            },
          },
        ]),
      ),
    },
  }),
};

function measure(label, text, iterations) {
  const run = (withWalk) => {
    let problems = 0;
    const start = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) {
      const value = JSON.parse(text);
      if (withWalk) problems += inputLimitProblems(value).length;
    }
    const ns = Number(process.hrtime.bigint() - start) / iterations;
    if (problems) throw new Error(`${label}: unexpected problems`);
    return ns;
  };
  run(true); // warm-up
  run(false);
  // Alternate the two, three rounds each, and keep the fastest (least disturbed) of each.
  const parse = [];
  const walk = [];
  for (let round = 0; round < 3; round++) {
    parse.push(run(false));
    walk.push(run(true));
  }
  const p = Math.min(...parse);
  const w = Math.min(...walk);
  console.log(
    `${label.padEnd(24)} ${String(text.length).padStart(6)} B  parse ${p.toFixed(0).padStart(7)} ns  parse+walk ${w
      .toFixed(0)
      .padStart(7)} ns  walk ${(w - p).toFixed(0).padStart(7)} ns`,
  );
}

const iterations = Number(process.env.BENCH_ITERATIONS) || 200_000;
for (const [label, text] of Object.entries(bodies)) {
  measure(label, text, text.length > 10_000 ? Math.max(200, Math.floor(iterations / 500)) : iterations);
}
