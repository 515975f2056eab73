// The one workflow both servers run: a self-loop PING that increments `n`, and END to a final state.
// The product receives it as a definition spec through its API; the baseline compiles it with xstate directly.

/** Definition key the product publishes the spec under. */
export const BENCH_DEFINITION_KEY = 'bench-ping';

/** The definition spec (docs/http-api.md "Definition spec"): plain JSON, actions referenced by name. */
export const benchPingSpec = {
  id: BENCH_DEFINITION_KEY,
  initial: 'on',
  meta: {
    title: { zh: '基准', en: 'Benchmark' },
    events: {
      PING: { title: { zh: '计数', en: 'Ping' }, schema: { type: 'object' } },
      END: { title: { zh: '结束', en: 'End' }, schema: { type: 'object' } },
    },
  },
  context: { n: 0 },
  states: {
    on: {
      meta: { title: { zh: '运行中', en: 'Running' } },
      on: {
        PING: { actions: [{ type: 'increment', params: { to: 'n' } }] },
        END: 'off',
      },
    },
    off: { type: 'final', meta: { title: { zh: '已结束', en: 'Ended' } } },
  },
};

/** The request body every load client sends. */
export const PING_BODY = JSON.stringify({ type: 'PING' });
