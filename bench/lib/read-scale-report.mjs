// The read-scale run as a markdown section of bench/README.md (between its own markers).
import { readFileSync, writeFileSync } from 'node:fs';

export const READ_SCALE_START = '<!-- read-scale-results:start -->';
export const READ_SCALE_END = '<!-- read-scale-results:end -->';

const ms = (v) => (Number.isFinite(v) ? v.toFixed(1) : '–');
const n = (v) => (typeof v === 'number' ? v.toLocaleString('en-US') : String(v));

/** The sign-in's user lookup, which every route runs first. */
const AUTH_LOOKUP = /users_username_key/;

/** Scan, sort and aggregate nodes of a route's plans (without the sign-in lookup), deduplicated, for one table cell. */
function planCell(plans) {
  const interesting = new Set();
  for (const p of plans) {
    if (p.nodes.some((node) => AUTH_LOOKUP.test(node))) continue;
    for (const node of p.nodes)
      if (/Scan|Sort|Aggregate|Gather/.test(node)) interesting.add(node.replace(/ using /, ' '));
  }
  return [...interesting].slice(0, 7).join('; ');
}

export function readScaleMarkdown(result, relativeFile) {
  const { seed, machine, subjects } = result;
  const c = seed.counts;
  const lines = [
    `Run ${result.time}, \`npm run bench:read\` (SCALE_INSTANCES=${n(result.settings.instances)}), commit ${result.commit}${result.dirty ? ' + uncommitted changes' : ''}; everything in [${relativeFile}](${relativeFile}).`,
    '',
    `Machine: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGiB} GiB, Node ${machine.node}. Load average (the run's own seed and server count in it) before ${machine.before.loadAverage.join(', ')}, after ${machine.after.loadAverage.join(', ')} (1, 5, 15 min).`,
    '',
    `Seed: ${n(c.instances)} instances, ${n(c.history_entries)} history entries, ${n(c.open_tasks)} open tasks (${n(c.claimable_tasks)} claimable), ${n(c.done_tasks)} done tasks, ${n(c.cc_items)} CC items, ${n(c.users)} users, ${n(c.departments)} departments; database ${c.database_size}; seeded in ${(seed.wallMs / 1000).toFixed(0)} s (${seed.steps.map((s) => `${s.name} ${(s.ms / 1000).toFixed(0)} s`).join(', ')}).`,
    '',
    `Users asked about: heavy ${subjects.heavy.username} (${n(subjects.heavy.open_assigned)} open tasks, ${n(subjects.heavy.done)} done, in ${n(subjects.heavy.acted_in)} histories), typical ${subjects.typical.username} (${n(subjects.typical.open_assigned)} open, ${n(subjects.typical.claimable)} claimable, ${n(subjects.typical.cc)} CC, in ${n(subjects.typical.acted_in)} histories), bizdev (${n(subjects.claimHeavy.claimable)} claimable), leader (${n(subjects.ccHeavy.cc)} CC, ${n(subjects.ccHeavy.cc_unread)} unread).`,
    '',
    `${result.settings.runs} sequential requests per query after ${result.settings.warmup} warm-up, keep-alive, latency in ms; "SQL ms" is the EXPLAIN ANALYZE execution time of each statement the route ran (one request, captured from the server's driver; the first is the sign-in's user lookup); "plan" lists the scan, sort and gather nodes of those plans (full plans in the results file):`,
    '',
    '| query | p50 | p95 | p99 | items | SQL ms | plan |',
    '| --- | --: | --: | --: | --: | --: | --- |',
    ...result.queries.map(
      (q) =>
        `| ${q.name} | ${ms(q.p50)} | ${ms(q.p95)} | ${ms(q.p99)} | ${q.answer.join(' + ')} | ${q.plans.map((p) => ms(p.executionMs)).join(' + ')} | ${planCell(q.plans)} |`,
    ),
    '',
    `Starts: ${result.starts.clients} clients, ${result.starts.seconds} s, POST /api/instances (${result.starts.definition}): **${result.starts.startsPerSec.toFixed(0)} starts/s**, p50 ${ms(result.starts.p50)} ms, p95 ${ms(result.starts.p95)} ms, p99 ${ms(result.starts.p99)} ms, answers ${JSON.stringify(result.starts.outcomes)}.`,
    '',
    result.overTarget.length ? `p95 over 50 ms: ${result.overTarget.join('; ')}.` : 'Every p95 under 50 ms.',
  ];
  return lines.join('\n');
}

export function updateReadScaleReadme(readmePath, result, relativeFile) {
  const readme = readFileSync(readmePath, 'utf8');
  const start = readme.indexOf(READ_SCALE_START);
  const end = readme.indexOf(READ_SCALE_END);
  if (start < 0 || end < start) return;
  const section = `${READ_SCALE_START}\n\n${readScaleMarkdown(result, relativeFile)}\n${READ_SCALE_END}`;
  writeFileSync(readmePath, readme.slice(0, start) + section + readme.slice(end + READ_SCALE_END.length));
}
