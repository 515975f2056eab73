// `npm run dev`: the API rebuilt (swc, ~1 s) and restarted on every source change, and the web
// app served by Vite's dev server (hot reload) with /api proxied to the API.
// Ports: web http://localhost:5173/ (Vite, `WEB_PORT`), API http://localhost:3000/api (`PORT`).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, watch } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isTestFile } from './build-inputs.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const API_SOURCES = ['apps/api/src', 'libs', 'workflows'];
const API_PORT = process.env.PORT ?? '3000';
const WEB_PORT = process.env.WEB_PORT ?? '5173';

function buildApi() {
  return spawnSync('node', ['scripts/build.mjs', 'api'], { cwd: root, stdio: 'inherit' }).status === 0;
}

let api;
function startApi() {
  api = spawn('node', ['--enable-source-maps', 'dist/apps/api/src/main.js'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, PORT: API_PORT },
  });
}

/** The embedded database allows one process at a time: the old API exits before the new one starts. */
function stopApi() {
  return new Promise((resolve) => {
    if (!api || api.exitCode !== null || api.signalCode !== null) return resolve();
    api.once('exit', () => resolve());
    api.kill('SIGTERM');
  });
}

let timer;
let restarting = Promise.resolve();
function onChange(_event, file) {
  if (!file || !/\.tsx?$/.test(file) || isTestFile(file)) return;
  clearTimeout(timer);
  timer = setTimeout(() => {
    restarting = restarting.then(async () => {
      console.log(`dev: ${file} changed, rebuilding the API`);
      if (!buildApi()) return console.log('dev: build failed, the running API is unchanged');
      await stopApi();
      startApi();
    });
  }, 200);
}

if (!buildApi()) process.exit(1);
startApi();
for (const dir of API_SOURCES) {
  if (existsSync(join(root, dir))) watch(join(root, dir), { recursive: true }, onChange);
}

const web = spawn('npx', ['vite', '--config', 'apps/web/vite.config.mts', '--port', WEB_PORT, '--strictPort'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, LIUCHENG_API_URL: `http://127.0.0.1:${API_PORT}` },
});

async function shutdown() {
  web.kill('SIGTERM');
  await stopApi();
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
