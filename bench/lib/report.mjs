// Turns a run's results into the console table, the markdown snippet and bench/README.md's results section.
import { readFileSync, writeFileSync } from 'node:fs';

export const README_START = '<!-- bench-results:start -->';
export const README_END = '<!-- bench-results:end -->';

const fmt = (value, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : '–');

function failures(result) {
  if (!result) return '–';
  if (result.failed === 0) return '0';
  return `${result.failed} (${Object.entries(result.failures)
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ')})`;
}

function rows(run) {
  return run.scenarios.map((s) => [
    String(s.clients),
    s.instances === s.clients ? `${s.instances} (one per client)` : `${s.instances} (shared)`,
    fmt(s.product?.eventsPerSec),
    fmt(s.product?.latencyMs.p50, 1),
    fmt(s.product?.latencyMs.p99, 1),
    fmt(s.baseline?.eventsPerSec),
    fmt(s.baseline?.latencyMs.p50, 1),
    fmt(s.baseline?.latencyMs.p99, 1),
    fmt(s.ratio, 2),
    `${failures(s.product)} / ${failures(s.baseline)}`,
  ]);
}

const HEADER = [
  'clients',
  'instances',
  'product ev/s',
  'p50 ms',
  'p99 ms',
  'baseline ev/s',
  'p50 ms',
  'p99 ms',
  'product/baseline',
  'non-200 (product / baseline)',
];

/** CPU µs per accepted event by role, and the share of the machine other processes used. */
export function cpuPerEvent(result) {
  if (!result?.cpu || result.ok === 0) return null;
  const per = (ms) => Math.round((ms * 1000) / result.ok);
  const { serverMs, serverSystemMs, postgresMs, clientMs, interruptsMs, otherMs, busyMs, capacityMs } = result.cpu;
  return {
    server: per(serverMs),
    serverKernel: per(serverSystemMs ?? 0),
    postgres: per(postgresMs),
    client: per(clientMs),
    interrupts: per(interruptsMs ?? 0),
    otherShare: capacityMs > 0 ? Math.max(0, otherMs) / capacityMs : 0,
    busyShare: capacityMs > 0 ? busyMs / capacityMs : 0,
  };
}

export function cpuPerEventText(result) {
  const c = cpuPerEvent(result);
  if (!c) return 'cpu n/a';
  return (
    `CPU µs/event server ${c.server} (kernel ${c.serverKernel}), postgres ${c.postgres}, load generator ${c.client}, interrupts ${c.interrupts}; ` +
    `machine ${(100 * c.busyShare).toFixed(0)}% busy, other processes ${(100 * c.otherShare).toFixed(0)}%`
  );
}

function cpuRows(run) {
  const cells = (c) =>
    c
      ? [
          String(c.server),
          String(c.postgres),
          String(c.client),
          String(c.interrupts),
          `${(100 * c.otherShare).toFixed(0)}%`,
        ]
      : ['–', '–', '–', '–', '–'];
  return run.scenarios.map((s) => [
    String(s.clients),
    String(s.instances),
    ...cells(cpuPerEvent(s.product)),
    ...cells(cpuPerEvent(s.baseline)),
  ]);
}

const CPU_HEADER = [
  'clients',
  'instances',
  'product: server µs/ev',
  'postgres µs/ev',
  'load gen µs/ev',
  'interrupts µs/ev',
  'other procs',
  'baseline: server µs/ev',
  'postgres µs/ev',
  'load gen µs/ev',
  'interrupts µs/ev',
  'other procs',
];

/** Fixed-width table for the console. */
export function consoleTable(run) {
  const all = [HEADER, ...rows(run)];
  const widths = HEADER.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  return all.map((r) => r.map((cell, i) => cell.padStart(widths[i])).join('  ')).join('\n');
}

function markdownTable(header, body) {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---:').join('|')}|`,
    ...body.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

/** The target (issue 15): the product reaches at least 0.9 of the baseline's events/s, one transaction per event. */
export const TARGET_RATIO = 0.9;

function targetLine(run) {
  const compared = run.scenarios.filter((s) => Number.isFinite(s.ratio));
  if (compared.length === 0) return `Target: product ≥ ${TARGET_RATIO} × baseline events/s (not compared in this run).`;
  const label = (s) => `${s.clients} clients/${s.instances === s.clients ? 'own instances' : 'one instance'}`;
  const met = compared.filter((s) => s.ratio >= TARGET_RATIO).map(label);
  const missed = compared.filter((s) => s.ratio < TARGET_RATIO).map(label);
  return (
    `Target: product ≥ ${TARGET_RATIO} × baseline events/s. Met at: ${met.join(', ') || 'none'}; ` +
    `missed at: ${missed.join(', ') || 'none'}.`
  );
}

/** The machine line, the command and the table, as markdown. */
export function markdownSnippet(run) {
  const m = run.machine;
  return [
    `Run ${run.startedAt} (${run.settings.seconds} s per level and server, in ${run.settings.rounds ?? 1} alternating slices, after ${run.settings.warmupSeconds} s warm-up), ` +
      `\`${run.command}\`${m.commit ? `, commit ${m.commit}${m.dirty ? ' + uncommitted changes' : ''}` : ''}.`,
    '',
    `Machine: ${m.nproc} CPUs (${m.cpuModel}), ${m.memoryGiB} GiB, Node ${m.node}, PostgreSQL ${m.postgres} ` +
      `on 127.0.0.1, load generator in the same machine (and the harness process).`,
    '',
    markdownTable(HEADER, rows(run)),
    '',
    'CPU time per accepted event (from /proc): the server, its PostgreSQL backends and background',
    'workers, the load generator, interrupt time (mostly the loopback network stack, charged to no',
    'process); "other procs" is the share of the machine that processes outside the benchmark used',
    'during the measurement, i.e. noise:',
    '',
    markdownTable(CPU_HEADER, cpuRows(run)),
    '',
    targetLine(run),
    '',
    run.passed ? 'All checks passed.' : `FAILED: ${run.problems.join('; ')}`,
  ].join('\n');
}

/**
 * Replaces the text between the results markers of the README with `snippet`, then formats the
 * file with the repository's prettier config so `npm run lint` stays clean.
 */
export async function updateReadme(readmePath, snippet) {
  const text = readFileSync(readmePath, 'utf8');
  const start = text.indexOf(README_START);
  const end = text.indexOf(README_END);
  if (start < 0 || end < start) throw new Error(`${readmePath} has no ${README_START} … ${README_END} section`);
  const next = `${text.slice(0, start + README_START.length)}\n${snippet}\n${text.slice(end)}`;
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(readmePath)) ?? {};
  writeFileSync(readmePath, await prettier.format(next, { ...options, filepath: readmePath }));
}
