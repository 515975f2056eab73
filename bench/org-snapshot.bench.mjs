// Organisation snapshot benchmark: what OrgService.snapshot() costs per call without a cache
// (three queries on PostgreSQL, plain-data mapping) and what resolving approvers costs on top,
// on a fresh snapshot (its lookup index built) and on a reused one (what a cache would give).
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node bench/org-snapshot.bench.mjs
//
// It creates (and drops at the end) the database liucheng_org_bench on that server.
// Environment: ORG_USERS (2000), ORG_DEPARTMENTS (200), ORG_REPEATS (50: timed calls after 5 warm-up).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import process from 'node:process';
import { URL, fileURLToPath } from 'node:url';
import pg from 'pg';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const USERS = Number(process.env.ORG_USERS ?? 2000);
const DEPARTMENTS = Number(process.env.ORG_DEPARTMENTS ?? 200);
const REPEATS = Number(process.env.ORG_REPEATS ?? 50);
const SERVER = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DB = 'liucheng_org_bench';

/** Compiles the engine, persistence and the API's org queries with the repository's swc set-up. */
function compile() {
  mkdirSync(path.join(ROOT, 'dist'), { recursive: true });
  const out = mkdtempSync(path.join(ROOT, 'dist', 'org-bench-'));
  for (const dir of ['libs/engine/src', 'libs/persistence/src', 'apps/api/src/common', 'apps/api/src/org']) {
    const swc = spawnSync(
      path.join(ROOT, 'node_modules/.bin/swc'),
      [dir, '--config-file', '.swcrc', '-d', out, '--ignore', '**/*.spec.ts', '--quiet'],
      { cwd: ROOT, stdio: 'inherit' },
    );
    if (swc.status !== 0) throw new Error(`swc failed to compile ${dir}`);
  }
  const require = createRequire(path.join(ROOT, 'package.json'));
  require('reflect-metadata');
  return {
    engine: require(path.join(out, 'libs/engine/src/index.js')),
    persistence: require(path.join(out, 'libs/persistence/src/index.js')),
    queries: require(path.join(out, 'apps/api/src/org/org-snapshot.queries.js')),
    cleanup: () => rmSync(out, { recursive: true }),
  };
}

async function withServer(sql) {
  const client = new pg.Client({ connectionString: SERVER });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A root, DEPARTMENTS departments two levels deep, USERS users: 1 in 10 with an explicit manager. */
async function populate(ds) {
  await ds.query(
    `INSERT INTO roles (name, title_zh, title_en) VALUES ('staff','员工','Staff'), ('finance','财务','Finance')`,
  );
  await ds.query(`INSERT INTO departments (code, name_zh, name_en) VALUES ('root', '总部', 'HQ')`);
  await ds.query(
    `INSERT INTO departments (code, name_zh, name_en, parent_id)
     SELECT 'd-' || i, '部门' || i, 'Dept ' || i,
            CASE WHEN i <= 20 THEN (SELECT id FROM departments WHERE code = 'root') END
     FROM generate_series(1, $1) i`,
    [DEPARTMENTS],
  );
  await ds.query(`UPDATE departments c SET parent_id = p.id FROM departments p
    WHERE c.parent_id IS NULL AND c.code <> 'root' AND p.code = 'd-' || (1 + (substring(c.code FROM 3)::int % 20))`);
  await ds.query(
    `INSERT INTO users (id, username, display_name, password_hash, department_id)
     SELECT gen_random_uuid(), 'u' || i, '用户' || i, 'x', (SELECT id FROM departments WHERE code = 'd-' || (1 + i % $2))
     FROM generate_series(1, $1) i`,
    [USERS, DEPARTMENTS],
  );
  await ds.query(
    `UPDATE departments d SET head_user_id = (SELECT u.id FROM users u WHERE u.department_id = d.id LIMIT 1)`,
  );
  await ds.query(`UPDATE users u SET manager_id = (SELECT m.id FROM users m WHERE m.username = 'u1')
    WHERE substring(u.username FROM 2)::int % 10 = 0`);
  await ds.query(`INSERT INTO user_roles (user_id, role) SELECT id, 'staff' FROM users`);
  await ds.query(`INSERT INTO user_roles (user_id, role, department_id)
    SELECT u.id, 'finance', u.department_id FROM users u WHERE substring(u.username FROM 2)::int % 50 = 0`);
  await ds.query(`INSERT INTO user_roles (user_id, role) SELECT id, 'finance' FROM users WHERE username = 'u7'`);
}

async function time(fn) {
  for (let i = 0; i < 5; i++) await fn();
  const samples = [];
  for (let i = 0; i < REPEATS; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)], best: samples[0] };
}

const { engine, persistence, queries, cleanup } = compile();
await withServer(`DROP DATABASE IF EXISTS ${DB}`);
await withServer(`CREATE DATABASE ${DB}`);
const url = new URL(SERVER);
url.pathname = `/${DB}`;
const db = await persistence.openDatabase({ url: url.toString(), poolSize: 2 });
try {
  await populate(db.dataSource);
  const sources = [
    { kind: 'manager-chain', top: true },
    { kind: 'role', role: 'finance', scope: 'starter-department' },
    { kind: 'department-head' },
  ];
  const starter = `u${Math.floor(USERS / 2) + 1}`;
  const reused = await queries.loadOrgSnapshot(db.dataSource);
  const load = await time(() => queries.loadOrgSnapshot(db.dataSource));
  const fresh = await time(async () =>
    engine.resolveApprovers(sources, await queries.loadOrgSnapshot(db.dataSource), { starter }),
  );
  const cached = await time(() => engine.resolveApprovers(sources, reused, { starter }));
  const result = engine.resolveApprovers(sources, reused, { starter });
  if (result.empty) throw new Error('the benchmark org resolved nobody');
  const f = (x) => `${x.median.toFixed(2)} ms (best ${x.best.toFixed(2)})`;
  console.log(`org: ${USERS} users, ${DEPARTMENTS + 1} departments; ${REPEATS} timed calls each, median`);
  console.log(`  snapshot load (3 queries + mapping):        ${f(load)}`);
  console.log(`  load + resolveApprovers (fresh snapshot):   ${f(fresh)}`);
  console.log(`  resolveApprovers on a reused snapshot:      ${f(cached)}`);
  console.log(`  resolved: ${result.users.join(', ')}`);
} finally {
  await db.close();
  await withServer(`DROP DATABASE IF EXISTS ${DB}`);
  cleanup();
}
