// The product server's user-space CPU per event split by part of the event path, from a
// BENCH_CPU_PROF=1 run: each part's share of the profile's busy JavaScript samples in the
// measured periods (idle, and native socket writes, whose cost is kernel time, left out),
// times the server's user CPU per event that /proc measured in the same run. Also reads a
// bench/start-cpu.bench.mjs run (per start; the second argument names its build).
//
//   node bench/profile-budget.mjs bench/results/<run>.json [product|baseline]
//   node bench/profile-budget.mjs bench/results/start-cpu-<time>.json [build]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';

/** First matching rule names the part of a frame (its URL and function name). */
const PARTS = [
  ['(idle)', (url, fn) => fn === '(idle)'],
  [
    'socket writes (kernel, left out)',
    (url, fn) => !url && /^(writev|writeBuffer|writeUtf8String|writeLatin1String)$/.test(fn),
  ],
  ['garbage collection', (url, fn) => fn === '(garbage collector)'],
  [
    'auth: JWT verify',
    (url, fn) =>
      /node_modules\/(jws|jwa|jsonwebtoken|@nestjs\/jwt)\//.test(url) || fn === 'Hmac' || fn === 'createHmac',
  ],
  ['auth: guard', (url) => /\/apps\/api\/src\/(auth|policies)\//.test(url)],
  [
    'entry hash (SHA-256, canonical JSON)',
    (url, fn) =>
      /\/libs\/engine\/src\/history\//.test(url) || (/node:internal\/crypto\/hash/.test(url) && fn !== 'Hmac'),
  ],
  ['engine step (xstate + libs/engine)', (url) => /node_modules\/xstate\/|\/libs\/engine\//.test(url)],
  ['SQL building (libs/persistence)', (url) => /\/libs\/persistence\//.test(url)],
  [
    'driver (pg, pg-protocol, types)',
    (url) =>
      /node_modules\/(pg|pg-protocol|pg-pool|pg-types|postgres-date|postgres-array|postgres-interval|postgres-bytea)\//.test(
        url,
      ),
  ],
  [
    'validation (body pipe, input limits, uuid)',
    (url) =>
      /\/apps\/api\/src\/(common\/(input-limits|json-body|uuid|validation)|instances\/dto)|node_modules\/class-(validator|transformer)\//.test(
        url,
      ),
  ],
  [
    'event or start path (sendWithin, startWithin, recordStep, effects, answer)',
    (url) => /\/apps\/api\/src\//.test(url),
  ],
  ["TypeORM (DataSource.query: the guard's user check)", (url) => /node_modules\/typeorm\//.test(url)],
  ['Nest (router, guards, pipes, interceptors)', (url) => /node_modules\/@nestjs\//.test(url)],
  [
    'fastify (routing, hooks, reply), helmet',
    (url) => /node_modules\/(fastify|find-my-way|light-my-request|avvio|helmet|@fastify\/[^/]+)\//.test(url),
  ],
  ['Node HTTP, net, streams, events, timers', (url) => url.startsWith('node:')],
  ['other (V8 program, natives)', () => true],
];

function partOf(frame) {
  const url = frame.url ?? '';
  return PARTS.find(([, test]) => test(url, frame.functionName))[0];
}

const [resultFile, target = 'product'] = process.argv.slice(2);
if (!resultFile) {
  console.error('usage: node bench/profile-budget.mjs bench/results/<run>.json [product|baseline]');
  process.exit(2);
}
const result = JSON.parse(readFileSync(resultFile, 'utf8'));

/** The profile, its measured periods, the requests answered in them and the server's user ms there. */
function measured() {
  // The events bench keeps its own `profiles` summary; only start-cpu runs name builds.
  if (result.builds) {
    // bench/start-cpu.bench.mjs: `target` is a build's name; the totals count ticks of 10 ms.
    const name = result.profiles[target] ? target : result.builds[0];
    const totals = Object.values(result.totals[name]);
    return {
      profileFile: result.profiles[name].file,
      windows: result.windows[name],
      events: totals.reduce((n, t) => n + t.starts, 0),
      userMs: totals.reduce((n, t) => n + t.serverUser * 10, 0),
    };
  }
  const levels = result.scenarios.filter((s) => s[target]?.windows?.length);
  return {
    profileFile: path.join(resultFile.replace(/\.json$/, ''), 'profiles', `${target}.cpuprofile`),
    windows: levels.flatMap((s) => s[target].windows),
    events: levels.reduce((n, s) => n + s[target].ok, 0),
    userMs: levels.reduce((n, s) => n + s[target].cpu.serverMs - s[target].cpu.serverSystemMs, 0),
  };
}
const { profileFile, windows, events, userMs } = measured();
const profile = JSON.parse(readFileSync(profileFile, 'utf8'));

const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const byPart = new Map();
let at = profile.startTime;
profile.samples.forEach((id, i) => {
  const us = profile.timeDeltas[i] ?? 0;
  at += us;
  if (!windows.some((w) => at >= w.startUs && at <= w.endUs)) return;
  const part = partOf(byId.get(id).callFrame);
  byPart.set(part, (byPart.get(part) ?? 0) + us);
});
const leftOut = new Set(['(idle)', 'socket writes (kernel, left out)']);
const busy = [...byPart].filter(([part]) => !leftOut.has(part)).reduce((n, [, us]) => n + us, 0);
const userUsPerEvent = (userMs * 1000) / events;
console.log(
  `${target}: ${events} events in ${windows.length} measured periods; server user CPU ${userUsPerEvent.toFixed(0)} µs/event (/proc)`,
);
console.log('| part | share of busy JS samples | µs per event |');
console.log('| ---- | ---: | ---: |');
for (const [part] of PARTS) {
  const us = byPart.get(part) ?? 0;
  if (leftOut.has(part) || us === 0) continue;
  console.log(`| ${part} | ${((100 * us) / busy).toFixed(1)}% | ${((us / busy) * userUsPerEvent).toFixed(0)} |`);
}
