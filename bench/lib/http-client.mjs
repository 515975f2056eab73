// Tiny JSON-over-HTTP client on node:http, bound to 127.0.0.1, with a per-request timeout.
import { Buffer } from 'node:buffer';
import http from 'node:http';

export const HOST = '127.0.0.1';
const SETUP_TIMEOUT_MS = 30_000;

/**
 * One request; resolves `{status, body}` (body parsed when it is JSON) and never rejects on a
 * non-2xx status. Rejects on a socket error or after `timeoutMs`.
 */
export function requestJson({ port, method, path, body, headers = {}, agent, timeoutMs = SETUP_TIMEOUT_MS }) {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
    const req = http.request(
      {
        host: HOST,
        port,
        method,
        path,
        agent,
        timeout: timeoutMs,
        headers: {
          ...(payload === undefined
            ? {}
            : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }),
          ...headers,
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed = text;
          try {
            parsed = text ? JSON.parse(text) : undefined;
          } catch {
            // not JSON: keep the text
          }
          resolve({ status: res.statusCode, body: parsed });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`${method} ${path} timed out after ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(payload);
  });
}

/** Like requestJson but throws unless the status is one of `expected`. */
export async function expectJson(options, expected) {
  const res = await requestJson(options);
  if (!expected.includes(res.status)) {
    throw new Error(`${options.method} ${options.path} -> ${res.status} ${JSON.stringify(res.body)}`);
  }
  return res.body;
}
