// Child servers for the benchmark: start with a free 127.0.0.1 port, log to a file, wait for health,
// stop by pid (SIGTERM, then SIGKILL after a grace period).
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import net from 'node:net';
import process from 'node:process';
import { setTimeout as sleep } from 'node:timers/promises';
import { HOST, requestJson } from './http-client.mjs';

const STOP_GRACE_MS = 10_000;
const running = new Set();

// A harness that dies must not leave servers behind.
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** A port the OS says is free on 127.0.0.1 right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, HOST, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Spawns `node ...nodeArgs` with `env` merged over ours, stdout+stderr appended to `logFile`,
 * and resolves once GET `healthPath` answers 200 (rejects after `timeoutMs` or if the child exits).
 */
/** Node flags both servers run with, the same as `npm start`: a larger young generation halves GC time. */
const SERVER_NODE_FLAGS = ['--max-semi-space-size=32'];

export async function startServer({ name, nodeArgs, env, port, healthPath, logFile, timeoutMs = 90_000 }) {
  const log = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, ...nodeArgs], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  let exited = null;
  const exitedPromise = new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      running.delete(child);
      exited = { code, signal };
      resolve(exited);
    });
  });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${name} exited during start (${JSON.stringify(exited)}); see ${logFile}`);
    const res = await requestJson({ port, method: 'GET', path: healthPath, timeoutMs: 2_000 }).catch(() => null);
    if (res?.status === 200) return { name, child, port, logFile, exitedPromise };
    await sleep(250);
  }
  child.kill('SIGKILL');
  throw new Error(`${name} did not answer ${healthPath} within ${timeoutMs} ms; see ${logFile}`);
}

/** SIGTERM, wait for exit (a profiled child writes its profile then), SIGKILL after the grace period. */
export async function stopServer(server) {
  if (!server || server.child.exitCode !== null || server.child.signalCode !== null) return;
  server.child.kill('SIGTERM');
  const timer = sleep(STOP_GRACE_MS).then(() => 'timeout');
  if ((await Promise.race([server.exitedPromise, timer])) === 'timeout') {
    server.child.kill('SIGKILL');
    await server.exitedPromise;
  }
}
