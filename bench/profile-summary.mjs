// Summarises a V8 .cpuprofile (from `node --cpu-prof`, e.g. a BENCH_CPU_PROF=1 run):
// self time by package and by function, and inclusive time by function.
//
//   node bench/profile-summary.mjs bench/results/<run>/profiles/product.cpuprofile [top=25]
import { readFileSync } from 'node:fs';
import process from 'node:process';
import { pathToFileURL } from 'node:url';

/** `node_modules/<pkg>`, `dist/<dir>`, `node:internal` or the V8 pseudo-frame name of a frame. */
function packageOf(frame) {
  const url = frame.url ?? '';
  if (!url) return frame.functionName.startsWith('(') ? frame.functionName : '(native)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = url.slice(nm + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const dist = /\/dist\/((?:apps|libs)\/[^/]+(?:\/src)?\/[^/]+)/.exec(url);
  if (dist) return `dist/${dist[1]}`;
  if (url.startsWith('node:')) return 'node:internal';
  return url.replace(/^file:\/\//, '').replace(process.cwd() + '/', '');
}

function frameKey(frame) {
  const where = frame.url
    ? `${frame.url.replace(/^file:\/\//, '').replace(process.cwd() + '/', '')}:${frame.lineNumber + 1}`
    : '';
  return `${frame.functionName || '(anonymous)'} ${where}`.trim();
}

function top(map, total, n) {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, us]) => ({ name, ms: Math.round(us / 1000), share: `${((100 * us) / total).toFixed(1)}%` }));
}

/**
 * Self and inclusive time tables (ms and share of all sampled time) of one profile. `windows`
 * (`[{startUs, endUs}]` on the monotonic clock, as `process.hrtime` in any process) keeps only the
 * samples taken inside them, e.g. the measured periods without start-up and warm-up.
 */
export function summariseProfile(file, n = 25, windows = []) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const selfByFunction = new Map();
  const selfByPackage = new Map();
  const inclusive = new Map();
  let total = 0;
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    at += us;
    if (windows.length > 0 && !windows.some((w) => at >= w.startUs && at <= w.endUs)) return;
    total += us;
    const frame = byId.get(id).callFrame;
    selfByFunction.set(frameKey(frame), (selfByFunction.get(frameKey(frame)) ?? 0) + us);
    selfByPackage.set(packageOf(frame), (selfByPackage.get(packageOf(frame)) ?? 0) + us);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const key = frameKey(byId.get(at).callFrame);
      if (!seen.has(key)) inclusive.set(key, (inclusive.get(key) ?? 0) + us);
      seen.add(key);
    }
  });
  return {
    file,
    totalMs: Math.round(total / 1000),
    selfByPackage: top(selfByPackage, total, n),
    selfByFunction: top(selfByFunction, total, n),
    inclusiveByFunction: top(inclusive, total, n),
  };
}

function printTable(title, rows) {
  console.log(`\n${title}`);
  for (const row of rows) console.log(`  ${row.share.padStart(6)} ${String(row.ms).padStart(7)} ms  ${row.name}`);
}

/** Prints the summary tables of one profile to stdout. */
export function printProfileSummary(file, n = 25, windows = []) {
  const summary = summariseProfile(file, n, windows);
  const scope = windows.length > 0 ? ` in ${windows.length} measured period(s)` : '';
  console.log(`\n== ${file}: ${summary.totalMs} ms sampled${scope}`);
  printTable('self time by package', summary.selfByPackage);
  printTable('self time by function', summary.selfByFunction);
  printTable('inclusive time by function', summary.inclusiveByFunction);
  return summary;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (!process.argv[2]) {
    console.error('usage: node bench/profile-summary.mjs <file.cpuprofile> [top]');
    process.exit(2);
  }
  printProfileSummary(process.argv[2], Number(process.argv[3] ?? 25));
}
