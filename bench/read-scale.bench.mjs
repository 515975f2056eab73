// Read side at scale: seeds SCALE_INSTANCES (1,000,000) instances with 10 history entries each,
// 1 open task per running instance (10%), a done task per done instance and CC items, then times
// the inbox (mine / claimable / CC / task counts), the audit view's instance search and the
// instance list through the built API, EXPLAINs the SQL each route ran, and measures starts/s.
//
//   npm run build:api && npm run bench:read            # SCALE_INSTANCES=20000 for a quick check
//
// Environment: SCALE_INSTANCES (1000000), SCALE_RUNS (50 timed requests per query, after
// SCALE_WARMUP 5), SCALE_START_CLIENTS (32), SCALE_START_SECONDS (10), SCALE_KEEP_DB (1: do not drop
// the database at the end), SCALE_WRITE_README (1), SCALE_DATABASE (liucheng_scale: the database on
// 127.0.0.1:5432, dropped and recreated per run).
import { Buffer } from 'node:buffer';
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { dropDatabase, recreateDatabase } from './lib/database.mjs';
import { capturedStatements, explainStatement } from './lib/explain.mjs';
import { expectJson, HOST } from './lib/http-client.mjs';
import { percentile } from './lib/load.mjs';
import { freePort, startServer, stopServer } from './lib/processes.mjs';
import { updateReadScaleReadme } from './lib/read-scale-report.mjs';
import { seedScale } from './lib/scale-seed.mjs';
import { PRODUCT_MAIN } from './lib/targets.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATABASE = process.env.SCALE_DATABASE ?? 'liucheng_scale';
if (!/^[a-z_][a-z0-9_]{0,62}$/.test(DATABASE)) throw new Error('SCALE_DATABASE: a plain lower-case database name');
const PASSWORD = 'demo1234';
const P95_TARGET_MS = 50;

const settings = {
  instances: Number(process.env.SCALE_INSTANCES ?? 1_000_000),
  runs: Number(process.env.SCALE_RUNS ?? 50),
  warmup: Number(process.env.SCALE_WARMUP ?? 5),
  startClients: Number(process.env.SCALE_START_CLIENTS ?? 32),
  startSeconds: Number(process.env.SCALE_START_SECONDS ?? 10),
  keepDatabase: process.env.SCALE_KEEP_DB === '1',
  writeReadme: process.env.SCALE_WRITE_README !== '0',
};
if (!Number.isInteger(settings.instances) || settings.instances < 1000)
  throw new Error('SCALE_INSTANCES: an integer ≥ 1000');

const log = (...args) => console.log(...args);
const loadAverage = () => os.loadavg().map((n) => Number(n.toFixed(2)));
const uptime = () => execSync('uptime').toString().trim();

/** One GET with a keep-alive agent; resolves {status, ms, bytes, body?}. */
function get(agent, port, urlPath, token, keepBody = false) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const req = http.request(
      {
        host: HOST,
        port,
        method: 'GET',
        path: urlPath,
        agent,
        headers: { authorization: `Bearer ${token}` },
        timeout: 30_000,
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const ms = performance.now() - t0;
          const buffer = Buffer.concat(chunks);
          resolve({
            status: res.statusCode,
            ms,
            bytes: buffer.length,
            body: keepBody ? JSON.parse(buffer.toString('utf8')) : undefined,
          });
        });
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`GET ${urlPath} timed out`)));
    req.on('error', reject);
    req.end();
  });
}

/** Starts the definitions' template instances through the API: the seed copies their rows. */
async function startTemplates(port, tokens) {
  const start = (token, body) =>
    expectJson(
      { port, method: 'POST', path: '/api/instances', body, headers: { authorization: `Bearer ${token}` } },
      [201],
    );
  const expense = await start(tokens.staff, {
    definitionKey: 'entertainment-expense',
    input: {
      guests: '某运营商采购部 王经理等',
      guestCount: 3,
      purpose: '洽谈年度框架合同',
      estimatedAmount: 1200,
      alcohol: false,
      region: 'city',
    },
  });
  const contract = await start(tokens.sales, {
    definitionKey: 'contract-review',
    input: { subject: '2026年度光缆线路维护框架合同', counterparty: '某市电信分公司', estimatedAmount: 3_000_000 },
  });
  const weekly = await start(tokens.staff, { definitionKey: 'weekly-report', input: { weekEnding: '2026-03-06' } });
  const lead = await start(tokens.staff, {
    definitionKey: 'lead-report',
    input: {
      client: '某县教育局',
      description: '下半年校园网扩容，预算约80万元',
      unit: '湘潭项目部',
      contact: '李老师 138xxxx0000',
    },
  });
  return {
    'entertainment-expense': expense.id,
    'contract-review': contract.id,
    'weekly-report': weekly.id,
    'lead-report': lead.id,
  };
}

async function login(port, username) {
  const res = await expectJson(
    { port, method: 'POST', path: '/api/auth/login', body: { username, password: PASSWORD } },
    [200, 201],
  );
  return res.accessToken;
}

/** The users and values the queries ask about, read from the seeded data. */
async function pickSubjects(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: perUser } = await client.query(
      `SELECT assignee AS username, count(*)::int AS n FROM tasks WHERE status = 'open' AND assignee LIKE 'su%'
       GROUP BY assignee ORDER BY n DESC, assignee`,
    );
    const heavy = perUser[0];
    const typical = perUser[Math.floor(perUser.length / 2)];
    const { rows: bk } = await client.query(
      `SELECT business_key FROM instances WHERE business_key IS NOT NULL ORDER BY created_at DESC OFFSET 5000 LIMIT 1`,
    );
    const stats = async (username) => {
      const { rows } = await client.query(
        `SELECT (SELECT count(*) FROM tasks WHERE assignee = $1 AND status = 'open')::int AS open_assigned,
                (SELECT count(*) FROM tasks WHERE completed_by = $1)::int AS done,
                (SELECT count(*) FROM tasks t WHERE t.status = 'open' AND t.assignee IS NULL AND t.candidate_roles &&
                   (SELECT array_agg(r.role)::text[] FROM user_roles r JOIN users u ON u.id = r.user_id WHERE u.username = $1))::int AS claimable,
                (SELECT count(*) FROM cc_items WHERE recipient = $1)::int AS cc,
                (SELECT count(*) FROM cc_items WHERE recipient = $1 AND read_at IS NULL)::int AS cc_unread,
                (SELECT count(*) FROM instances WHERE started_by = $1)::int AS started,
                (SELECT count(DISTINCT instance_id) FROM instance_events WHERE actor = $1)::int AS acted_in`,
        [username],
      );
      return { username, ...rows[0] };
    };
    return {
      heavy: await stats(heavy.username),
      typical: await stats(typical.username),
      claimHeavy: await stats('bizdev'),
      ccHeavy: await stats('leader'),
      businessKey: bk[0]?.business_key,
    };
  } finally {
    await client.end();
  }
}

/** yyyy-MM-dd in Asia/Shanghai, `days` before now. */
function shanghaiDay(daysAgo) {
  return new Date(Date.now() + 8 * 3_600_000 - daysAgo * 86_400_000).toISOString().slice(0, 10);
}

/** The inbox's page: 20 tasks, open work soonest due first, done work latest completed first. */
const DUE = 'sort=due&limit=20';
const DONE = 'status=done&sort=completed&limit=20';

function queryList(s) {
  const range = `from=${shanghaiDay(400)}&to=${shanghaiDay(310)}`;
  return [
    // What the web inbox asks for: pages of 20 in the order it shows them, and the counts.
    { name: 'inbox 待办 (todo page), heavy user', user: s.heavy.username, path: `/api/tasks?scope=todo&${DUE}` },
    { name: 'inbox 待办 (todo page), typical user', user: s.typical.username, path: `/api/tasks?scope=todo&${DUE}` },
    {
      name: 'inbox mine (open page), heavy user',
      user: s.heavy.username,
      path: `/api/tasks?scope=mine&status=open&${DUE}`,
    },
    { name: 'inbox mine (done page), heavy user', user: s.heavy.username, path: `/api/tasks?scope=mine&${DONE}` },
    { name: 'inbox mine (done page), typical user', user: s.typical.username, path: `/api/tasks?scope=mine&${DONE}` },
    {
      name: 'inbox claimable (page), heavy (bizdev)',
      user: 'bizdev',
      path: `/api/tasks?scope=candidate&status=open&${DUE}`,
    },
    {
      name: 'inbox claimable (page), typical user',
      user: s.typical.username,
      path: `/api/tasks?scope=candidate&status=open&${DUE}`,
    },
    { name: 'task counts, heavy user', user: s.heavy.username, path: '/api/tasks/counts' },
    { name: 'task counts, typical user', user: s.typical.username, path: '/api/tasks/counts' },
    // A whole list at the API's largest page, for the record (the web never asks for it).
    {
      name: 'inbox mine (open, limit 500), heavy user',
      user: s.heavy.username,
      path: '/api/tasks?scope=mine&status=open',
    },
    { name: 'CC list, heavy (leader)', user: 'leader', path: '/api/cc' },
    { name: 'CC list, typical user', user: s.typical.username, path: '/api/cc' },
    { name: 'CC unread count, heavy (leader)', user: 'leader', path: '/api/cc/unread-count' },
    { name: 'CC unread count, typical user', user: s.typical.username, path: '/api/cc/unread-count' },
    {
      name: 'search: definition + status + date range',
      user: 'auditor',
      path: `/api/instances?definitionKey=entertainment-expense&status=done&${range}`,
    },
    {
      name: 'search: business key',
      user: 'auditor',
      path: `/api/instances?businessKey=${encodeURIComponent(s.businessKey)}`,
    },
    {
      name: 'search: participant (typical user)',
      user: 'auditor',
      path: `/api/instances?participant=${s.typical.username}`,
    },
    {
      name: 'search: participant (heavy user)',
      user: 'auditor',
      path: `/api/instances?participant=${s.heavy.username}`,
    },
    { name: 'search: amount > 99000', user: 'auditor', path: '/api/instances?field=estimatedAmount&op=gt&value=99000' },
    {
      name: 'search: contract-review, amount ≥ 99990',
      user: 'auditor',
      path: '/api/instances?definitionKey=contract-review&field=estimatedAmount&op=gte&value=99990',
    },
    // A declared field every instance of the definition matches: the page, not the table, is the work.
    {
      name: 'search: contract-review, counterparty (all match)',
      user: 'auditor',
      path: `/api/instances?definitionKey=contract-review&field=counterparty&value=${encodeURIComponent('某市电信分公司')}`,
    },
    { name: 'instance list, admin', user: 'admin', path: '/api/instances' },
    { name: 'instance list, typical user (read rule)', user: s.typical.username, path: '/api/instances' },
    { name: 'instance list, heavy user (read rule)', user: s.heavy.username, path: '/api/instances' },
  ];
}

async function timeQuery(port, agent, token, q) {
  const paths = q.paths ?? [q.path];
  const once = async () => {
    const t0 = performance.now();
    const answers = await Promise.all(paths.map((p) => get(agent, port, p, token)));
    const bad = answers.find((a) => a.status !== 200);
    if (bad) throw new Error(`${q.name}: ${paths.join(' + ')} answered ${bad.status}`);
    return { ms: performance.now() - t0, bytes: answers.reduce((sum, a) => sum + a.bytes, 0) };
  };
  for (let i = 0; i < settings.warmup; i += 1) await once();
  const samples = [];
  let bytes = 0;
  for (let i = 0; i < settings.runs; i += 1) {
    const r = await once();
    samples.push(r.ms);
    bytes = r.bytes;
  }
  samples.sort((a, b) => a - b);
  const answers = await Promise.all(paths.map((p) => get(agent, port, p, token, true)));
  const items = answers.map((a) =>
    Array.isArray(a.body.items) ? a.body.items.length : (a.body.unread ?? a.body.mine + a.body.claimable),
  );
  return {
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
    max: samples[samples.length - 1],
    responseBytes: bytes,
    answer: items,
  };
}

async function captureAndExplain(server, port, agent, token, q, captureFile, client) {
  const from = existsSync(captureFile) ? statSync(captureFile).size : 0;
  server.child.kill('SIGWINCH');
  await sleep(100);
  for (const p of q.paths ?? [q.path]) await get(agent, port, p, token);
  await sleep(50);
  server.child.kill('SIGWINCH');
  await sleep(100);
  const statements = capturedStatements(captureFile, from);
  const plans = [];
  for (const statement of statements) plans.push(await explainStatement(client, statement));
  return plans;
}

/** POST /api/instances from `clients` keep-alive clients for `seconds`: starts per second and latency. */
async function measureStarts(port, token, clients, seconds) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  const body = JSON.stringify({
    definitionKey: 'lead-report',
    input: { client: '某县教育局', description: '校园网扩容', unit: '湘潭项目部', contact: '李老师' },
  });
  const headers = {
    authorization: `Bearer ${token}`,
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
  };
  const post = () =>
    new Promise((resolve) => {
      const t0 = performance.now();
      const req = http.request(
        { host: HOST, port, method: 'POST', path: '/api/instances', agent, headers, timeout: 10_000 },
        (res) => {
          res.on('data', () => undefined);
          res.on('end', () => resolve({ status: res.statusCode, ms: performance.now() - t0 }));
        },
      );
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', () => resolve({ status: 'error', ms: performance.now() - t0 }));
      req.end(body);
    });
  const run = async (s) => {
    const latencies = [];
    const outcomes = {};
    const started = performance.now();
    const deadline = started + s * 1000;
    await Promise.all(
      Array.from({ length: clients }, async () => {
        while (performance.now() < deadline) {
          const r = await post();
          outcomes[r.status] = (outcomes[r.status] ?? 0) + 1;
          if (r.status === 201) latencies.push(r.ms);
        }
      }),
    );
    return { latencies, outcomes, elapsedS: (performance.now() - started) / 1000 };
  };
  await run(2); // warm-up
  const { latencies, outcomes, elapsedS } = await run(seconds);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    definition: 'lead-report',
    clients,
    seconds: Number(elapsedS.toFixed(2)),
    startsPerSec: latencies.length / elapsedS,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    outcomes,
  };
}

function git(args) {
  const out = spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
  return out.status === 0 ? out.stdout.trim() : undefined;
}

async function main() {
  if (!existsSync(path.join(ROOT, PRODUCT_MAIN)))
    throw new Error(`${PRODUCT_MAIN} is missing: run npm run build:api first`);
  const time = new Date().toISOString();
  const resultsDir = path.join(ROOT, 'bench/results');
  const runDir = path.join(resultsDir, `read-scale-${time.replace(/[:.]/g, '-')}`);
  mkdirSync(runDir, { recursive: true });
  const captureFile = path.join(runDir, 'captured-queries.jsonl');
  const machineBefore = { uptime: uptime(), loadAverage: loadAverage() };
  log(`read-scale: ${settings.instances} instances; ${machineBefore.uptime}`);

  const url = await recreateDatabase(DATABASE);
  const port = await freePort();
  const server = await startServer({
    name: 'product',
    nodeArgs: ['-r', './bench/lib/capture-queries.cjs', PRODUCT_MAIN],
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: url,
      LIUCHENG_DEMO: '1',
      LIUCHENG_LOGIN_RATE_LIMIT: '0',
      BENCH_CAPTURE_FILE: captureFile,
    },
    port,
    healthPath: '/api/health',
    logFile: path.join(runDir, 'product.log'),
  });
  server.exitedPromise.then((how) => log(`server exited: ${JSON.stringify(how)}`));
  const result = {
    time,
    commit: git(['rev-parse', '--short', 'HEAD']),
    dirty: Boolean(git(['status', '--porcelain'])),
    settings,
  };
  try {
    const tokens = { staff: await login(port, 'staff'), sales: await login(port, 'sales') };
    const templates = await startTemplates(port, tokens);
    log('seeding…');
    const seedStarted = Date.now();
    result.seed = await seedScale(url, { instances: settings.instances, templates, log });
    result.seed.wallMs = Date.now() - seedStarted;
    log(`seeded in ${(result.seed.wallMs / 1000).toFixed(0)} s: ${JSON.stringify(result.seed.counts)}`);

    result.subjects = await pickSubjects(url);
    log(`subjects: ${JSON.stringify(result.subjects)}`);
    const queries = queryList(result.subjects);
    const users = [...new Set(queries.map((q) => q.user)), 'staff'];
    const userTokens = {};
    for (const u of users) userTokens[u] = await login(port, u);

    const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
    const explainClient = new pg.Client({ connectionString: url });
    await explainClient.connect();
    result.queries = [];
    try {
      for (const q of queries) {
        const timing = await timeQuery(port, agent, userTokens[q.user], q);
        const plans = await captureAndExplain(server, port, agent, userTokens[q.user], q, captureFile, explainClient);
        const entry = { name: q.name, user: q.user, paths: q.paths ?? [q.path], ...timing, plans };
        result.queries.push(entry);
        log(
          `${q.name.padEnd(48)} p50 ${timing.p50.toFixed(1).padStart(7)}  p95 ${timing.p95.toFixed(1).padStart(7)}  p99 ${timing.p99.toFixed(1).padStart(7)} ms  ` +
            `answer ${JSON.stringify(timing.answer)}  sql ${plans.map((p) => p.executionMs.toFixed(1)).join('+')} ms`,
        );
      }
    } finally {
      await explainClient.end();
      agent.destroy();
    }
    log(`starts: ${settings.startClients} clients for ${settings.startSeconds} s…`);
    result.starts = await measureStarts(port, userTokens.staff, settings.startClients, settings.startSeconds);
    log(
      `starts/s ${result.starts.startsPerSec.toFixed(0)} p50 ${result.starts.p50.toFixed(1)} p99 ${result.starts.p99.toFixed(1)} ${JSON.stringify(result.starts.outcomes)}`,
    );
  } finally {
    await stopServer(server);
    result.machine = {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      before: machineBefore,
      after: { uptime: uptime(), loadAverage: loadAverage() },
      note: 'shared machine: other agents ran builds and tests during the run',
    };
    if (!settings.keepDatabase) await dropDatabase(DATABASE);
  }
  result.overTarget = result.queries.filter((q) => q.p95 > P95_TARGET_MS).map((q) => q.name);
  const file = path.join(resultsDir, `read-scale-${time.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  log(`results: ${path.relative(ROOT, file)}`);
  if (settings.writeReadme)
    updateReadScaleReadme(path.join(ROOT, 'bench/README.md'), result, path.relative(path.join(ROOT, 'bench'), file));
  log(
    result.overTarget.length
      ? `p95 over ${P95_TARGET_MS} ms: ${result.overTarget.join('; ')}`
      : `every p95 under ${P95_TARGET_MS} ms`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
