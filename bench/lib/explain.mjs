// EXPLAIN (ANALYZE, BUFFERS) of the statements a route ran (captured by capture-queries.cjs), with a
// one-line summary of each plan: its nodes and indexes, execution time and buffers.
import { readFileSync } from 'node:fs';

/** Statements of background workers that may interleave with a captured request. */
const BACKGROUND = /\b(timers|notification_deliveries|schedule_states|schedule_runs|idempotency_keys)\b/;

/** The captured SELECT/WITH statements appended to `file` after byte `from`. */
export function capturedStatements(file, from) {
  let text;
  try {
    // `from` counts bytes (the file's size before): slice before decoding, a value may be Chinese.
    text = readFileSync(file).subarray(from).toString('utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
    .filter((s) => /^\s*(SELECT|WITH)\b/i.test(s.text) && !BACKGROUND.test(s.text));
}

function walk(node, out) {
  const name = [
    node['Node Type'],
    node['Index Name'] ? `using ${node['Index Name']}` : '',
    node['Relation Name'] ? `on ${node['Relation Name']}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  out.push(name);
  for (const child of node.Plans ?? []) walk(child, out);
  return out;
}

/** Runs EXPLAIN (ANALYZE, BUFFERS) of one captured statement on `client`: text plan plus a summary. */
export async function explainStatement(client, { text, values }) {
  const { rows: json } = await client.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${text}`, values);
  const { rows: plain } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, values);
  const [top] = json[0]['QUERY PLAN'];
  const plan = top.Plan;
  return {
    sql: text.replace(/\s+/g, ' ').trim(),
    values,
    executionMs: top['Execution Time'],
    planningMs: top['Planning Time'],
    rows: plan['Actual Rows'],
    sharedHit: plan['Shared Hit Blocks'],
    sharedRead: plan['Shared Read Blocks'],
    nodes: walk(plan, []),
    plan: plain.map((r) => r['QUERY PLAN']).join('\n'),
  };
}
