// Starts the built server (the `npm start` entry point) on a free port, on a fresh embedded
// database — or on DATABASE_URL with demo users — and stops it again.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '../../..');
export const ARTIFACTS_DIR = join(REPO_ROOT, 'test-artifacts/browser');
const ENTRY = join(REPO_ROOT, 'dist/apps/api/src/main.js');
const READY_TIMEOUT_MS = 60_000;

export interface RunningServer {
  baseUrl: string;
  child: ChildProcess;
  dataDir?: string;
}

/** Spawns `node dist/apps/api/src/main.js` and resolves once /api/health answers ok. */
export async function startServer(): Promise<RunningServer> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const external = Boolean(process.env.DATABASE_URL);
  const dataDir = external ? undefined : mkdtempSync(join(tmpdir(), 'liucheng-browser-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
    // Timers are not part of these scenarios; a quiet worker keeps the log readable.
    LIUCHENG_TIMER_INTERVAL_MS: '0',
    // Nor are scheduled starts: nothing starts reports for the demo users behind a test's back.
    LIUCHENG_SCHEDULE_INTERVAL_MS: '0',
    // Every spec signs the same demo users in from one address, more than the default 10 a minute
    // once the suites run side by side (a refused login then looked like a broken page). The
    // limit itself is tested by the API tests (auth).
    LIUCHENG_LOGIN_RATE_LIMIT: '1000',
    ...(dataDir ? { LIUCHENG_DATA_DIR: dataDir } : { LIUCHENG_DEMO: '1' }),
  };
  const log = createWriteStream(join(ARTIFACTS_DIR, 'server.log'));
  const child = spawn(process.execPath, [ENTRY], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  try {
    await waitForHealth(baseUrl, child);
  } catch (error) {
    await stopServer({ baseUrl, child, dataDir });
    throw error;
  }
  return { baseUrl, child, dataDir };
}

/** SIGTERM, then SIGKILL if the server has not exited within 5 s; removes the data folder. */
export async function stopServer(server: RunningServer): Promise<void> {
  const { child } = server;
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }
  if (server.dataDir) rmSync(server.dataDir, { recursive: true, force: true });
}

async function waitForHealth(baseUrl: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`server exited with ${child.exitCode}; see ${ARTIFACTS_DIR}/server.log`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok && ((await response.json()) as { status?: string }).status === 'ok') return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`server did not answer /api/health within ${READY_TIMEOUT_MS} ms; see ${ARTIFACTS_DIR}/server.log`);
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}
