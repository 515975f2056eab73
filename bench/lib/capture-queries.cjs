// Preloaded (`node -r`) into the server by bench/read-scale.bench.mjs: SIGWINCH switches capturing on
// and off (not SIGUSR2: Nest's shutdown hooks end the server on it); while on, every statement sent through `pg` is appended to BENCH_CAPTURE_FILE as one JSON
// line {text, values}, so the bench can EXPLAIN exactly the SQL a route ran, with its parameters.
const { appendFileSync } = require('node:fs');
const pg = require(require.resolve('pg', { paths: [process.cwd()] }));

const file = process.env.BENCH_CAPTURE_FILE;
let capturing = false;
process.on('SIGWINCH', () => {
  capturing = !capturing;
});

const original = pg.Client.prototype.query;
pg.Client.prototype.query = function capturedQuery(config, values, callback) {
  if (capturing && file) {
    const text = typeof config === 'string' ? config : config?.text;
    const params = Array.isArray(values) ? values : config?.values;
    if (typeof text === 'string') appendFileSync(file, `${JSON.stringify({ text, values: params ?? [] })}\n`);
  }
  return original.call(this, config, values, callback);
};
