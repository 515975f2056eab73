// Closed-loop load: N clients, each sending its next request as soon as the previous answer arrives,
// over keep-alive sockets (one per client), for a fixed time. Records every latency and status.
import { Buffer } from 'node:buffer';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { HOST } from './http-client.mjs';

const REQUEST_TIMEOUT_MS = 10_000;

function sendOnce(agent, port, path, payload, headers) {
  return new Promise((resolve) => {
    const req = http.request(
      { host: HOST, port, method: 'POST', path, agent, headers, timeout: REQUEST_TIMEOUT_MS },
      (res) => {
        res.on('data', () => undefined);
        res.on('end', () => resolve(res.statusCode));
        res.on('error', () => resolve('error'));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve('error'));
    req.end(payload);
  });
}

/** Nearest-rank percentile of an ascending array, in the array's unit. */
export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * Runs `paths.length` concurrent clients for `seconds`; client i POSTs `body` to `paths[i]`.
 * Returns the raw sample: every `okStatus` answer's latency (ms; 200, or 201 for starts), the
 * count of every outcome, the elapsed time.
 */
export async function runLoad({ port, paths, body, headers = {}, seconds, okStatus = 200 }) {
  const concurrency = paths.length;
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency, maxFreeSockets: concurrency });
  const allHeaders = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers };
  const latencies = [];
  const outcomes = new Map();
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const client = async (path) => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      const outcome = await sendOnce(agent, port, path, body, allHeaders);
      const ms = performance.now() - t0;
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      if (outcome === okStatus) latencies.push(ms);
    }
  };
  await Promise.all(paths.map(client));
  const elapsedS = (performance.now() - started) / 1000;
  agent.destroy();
  return { concurrency, latencies, outcomes, elapsedS, okStatus };
}

/**
 * Merges samples of the same level (several rounds) into one result: throughput of 200 answers
 * over the summed elapsed time, latency percentiles (ms) over all of them, every other outcome counted.
 */
export function summariseLoad(samples) {
  const latencies = samples.flatMap((s) => s.latencies).sort((a, b) => a - b);
  const outcomes = new Map();
  for (const s of samples) for (const [k, v] of s.outcomes) outcomes.set(k, (outcomes.get(k) ?? 0) + v);
  const elapsedS = samples.reduce((sum, s) => sum + s.elapsedS, 0);
  const okStatus = samples[0]?.okStatus ?? 200;
  const ok = outcomes.get(okStatus) ?? 0;
  const total = [...outcomes.values()].reduce((a, b) => a + b, 0);
  const failures = Object.fromEntries([...outcomes].filter(([k]) => k !== okStatus).map(([k, v]) => [String(k), v]));
  return {
    concurrency: samples[0]?.concurrency,
    rounds: samples.length,
    seconds: Number(elapsedS.toFixed(3)),
    total,
    ok,
    failed: total - ok,
    failures,
    failedShare: total === 0 ? 1 : (total - ok) / total,
    eventsPerSec: elapsedS > 0 ? ok / elapsedS : 0,
    latencyMs: {
      mean: latencies.length ? latencies.reduce((a, b) => a + b, 0) / latencies.length : NaN,
      p50: percentile(latencies, 50),
      p90: percentile(latencies, 90),
      p99: percentile(latencies, 99),
      max: latencies.length ? latencies[latencies.length - 1] : NaN,
    },
  };
}
