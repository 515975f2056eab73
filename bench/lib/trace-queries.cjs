// Preloaded (`node -r`) into a server by BENCH_TRACE_QUERIES=1: counts every statement sent through
// `pg` by its text (whitespace collapsed) and the wall time until its answer, and writes them to
// BENCH_QUERY_TRACE_FILE on exit, so a run can say how many round trips one event costs and which wait.
const { writeFileSync } = require('node:fs');
const pg = require(require.resolve('pg', { paths: [process.cwd()] }));

const stats = new Map();

/** The statement with its literals blanked, so statements built with inline values group together. */
function shape(text) {
  return text
    .replace(/E?'(?:[^']|'')*'/g, '?')
    .replace(/\b\d+(\.\d+)?\b/g, '?')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 300);
}
const record = (key, started) => {
  const entry = stats.get(key) ?? { n: 0, ms: 0 };
  entry.n += 1;
  entry.ms += Number(process.hrtime.bigint() - started) / 1e6;
  stats.set(key, entry);
};
const original = pg.Client.prototype.query;
pg.Client.prototype.query = function tracedQuery(config, values, callback) {
  const text = typeof config === 'string' ? config : config?.text;
  if (typeof text !== 'string') return original.call(this, config, values, callback);
  const key = shape(text);
  const started = process.hrtime.bigint();
  const cb = typeof values === 'function' ? values : callback;
  if (cb) {
    const wrapped = (...args) => {
      record(key, started);
      return cb(...args);
    };
    return typeof values === 'function'
      ? original.call(this, config, wrapped)
      : original.call(this, config, values, wrapped);
  }
  const result = original.call(this, config, values);
  if (result && typeof result.then === 'function')
    result.then(
      () => record(key, started),
      () => record(key, started),
    );
  else record(key, started);
  return result;
};

process.on('exit', () => {
  const sorted = [...stats].sort((a, b) => b[1].n - a[1].n).map(([sql, s]) => ({ n: s.n, ms: Math.round(s.ms), sql }));
  writeFileSync(process.env.BENCH_QUERY_TRACE_FILE, `${JSON.stringify(sorted, null, 2)}\n`);
});
