// Seeds the read-scale benchmark's database on the server side (INSERT ... SELECT generate_series:
// pg-copy-streams is not installed, and server-side generation sends no rows over the socket).
// The schema is the real one (migrated by the built server); the rows copy the shape of template
// instances the bench started through the API, one per definition, so every jsonb the routes read
// (state, snapshot, task titles and forms) is one the engine wrote.
//
// Every value is a deterministic function of the row number (pg_temp.r: md5 of the number and a
// salt), so a run is reproducible and rows of different tables agree without a join.
// Hash values are placeholders (md5 || md5, 64 hex): nothing here verifies them.
import pg from 'pg';

/** One template per definition: definition key, its business-key prefix (or null) and whether it has estimatedAmount. */
export const SCALE_DEFINITIONS = [
  { key: 'entertainment-expense', prefix: 'ZD', amount: true },
  { key: 'contract-review', prefix: 'HT', amount: true },
  { key: 'weekly-report', prefix: null, amount: false },
  { key: 'lead-report', prefix: null, amount: false },
];

/** Sizes derived from the instance count (the brief's ratios at 1,000,000). */
export function seedSizes(instances) {
  return {
    instances,
    historyEntries: instances * 10,
    openTasks: Math.floor(instances / 10),
    ccItems: Math.floor(instances / 10) * 2,
    users: Math.max(200, Math.floor(instances / 500)),
    departments: 40,
    teams: 100,
  };
}

const uuidOf = (salt, expr) =>
  `overlay(overlay(md5('${salt}' || (${expr})::text) placing '4' from 13) placing '8' from 17)::uuid`;

/** SQL helpers in pg_temp, for this session only. */
function helperSql(users) {
  return [
    // A pseudo-random number in [0, 1) from a row number and a salt.
    `CREATE FUNCTION pg_temp.r(n bigint, salt text) RETURNS float8 LANGUAGE sql IMMUTABLE AS
       $$ SELECT abs(('x' || substr(md5(n::text || salt), 1, 8))::bit(32)::int::bigint)::float8 / 2147483649 $$`,
    // A generated user, skewed: su00001 gets ~15% of what goes to generated users, the median a handful.
    `CREATE FUNCTION pg_temp.gen_user(x float8) RETURNS text LANGUAGE sql IMMUTABLE AS
       $$ SELECT 'su' || lpad((1 + floor(${users} * x ^ 4))::int::text, 5, '0') $$`,
    `CREATE FUNCTION pg_temp.starter(n bigint) RETURNS text LANGUAGE sql IMMUTABLE AS
       $$ SELECT CASE WHEN pg_temp.r(n, 's0') < 0.05 THEN 'staff' WHEN pg_temp.r(n, 's0') < 0.07 THEN 'sales'
                      ELSE pg_temp.gen_user(pg_temp.r(n, 's1')) END $$`,
    // Who acts on or completes things: demo approvers first, then generated users.
    `CREATE FUNCTION pg_temp.worker(n bigint, salt text) RETURNS text LANGUAGE sql IMMUTABLE AS
       $$ SELECT CASE WHEN pg_temp.r(n, salt) < 0.05 THEN 'leader' WHEN pg_temp.r(n, salt) < 0.08 THEN 'finance'
                      WHEN pg_temp.r(n, salt) < 0.10 THEN 'legal'
                      ELSE pg_temp.gen_user(pg_temp.r(n, salt || 'u')) END $$`,
    `CREATE FUNCTION pg_temp.status(n bigint) RETURNS text LANGUAGE sql IMMUTABLE AS
       $$ SELECT CASE WHEN n % 10 = 0 THEN 'running' WHEN n % 50 = 1 THEN 'cancelled' WHEN n % 100 = 3 THEN 'failed'
                      ELSE 'done' END $$`,
    `CREATE FUNCTION pg_temp.iid(n bigint) RETURNS uuid LANGUAGE sql IMMUTABLE AS $$ SELECT ${uuidOf('i', 'n')} $$`,
  ];
}

/**
 * Seeds `instances` rows on `url`, whose schema the server migrated and whose template instances
 * (ids in `templates`, by definition key) the bench started through the API. Returns per-step ms.
 */
export async function seedScale(url, { instances, templates, log = () => {} }) {
  const sizes = seedSizes(instances);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const steps = [];
  const step = async (name, sql) => {
    const started = Date.now();
    for (const statement of Array.isArray(sql) ? sql : [sql]) await client.query(statement);
    const ms = Date.now() - started;
    steps.push({ name, ms });
    log(`  ${name}: ${(ms / 1000).toFixed(1)} s`);
  };
  try {
    await step('session settings', [
      `SET maintenance_work_mem = '1GB'`,
      `SET work_mem = '256MB'`,
      // Foreign keys hold by construction (every row names an instance of 1..N); the triggers that
      // check them row by row are skipped during the load and the references are checked once after.
      `SET session_replication_role = replica`,
      ...helperSql(sizes.users),
    ]);
    await step('templates', templateSql(templates));
    const indexes = await dropIndexes(client);
    await step('users, departments, roles', peopleSql(sizes));
    await step(`instances (${instances})`, instancesSql(instances));
    await step(`history entries (${sizes.historyEntries})`, eventsSql(instances));
    await step(`tasks (${sizes.openTasks} open, one done per done instance)`, tasksSql(instances, sizes));
    await step(`cc items (${sizes.ccItems})`, ccSql(instances));
    await step('search values (declared fields)', searchValuesSql());
    await step('indexes and keys rebuilt', indexes);
    await step('references checked', referenceChecks());
    const problems = await client.query(`SELECT * FROM pg_temp.reference_problems WHERE n > 0`);
    if (problems.rows.length > 0) throw new Error(`seed broke references: ${JSON.stringify(problems.rows)}`);
    await step(
      'analyze',
      `VACUUM (ANALYZE) instances, instance_events, tasks, cc_items, instance_search_values, users, user_roles`,
    );
    const { rows: counted } = await client.query(COUNTS_SQL);
    return { sizes, counts: counted[0], steps, totalMs: steps.reduce((sum, s) => sum + s.ms, 0) };
  } finally {
    await client.end();
  }
}

/** What the database holds after the seed (the template instances included). */
const COUNTS_SQL = `SELECT (SELECT count(*) FROM instances)::int AS instances,
    (SELECT count(*) FROM instance_events)::int AS history_entries,
    (SELECT count(*) FROM tasks WHERE status = 'open')::int AS open_tasks,
    (SELECT count(*) FROM tasks WHERE status = 'open' AND assignee IS NULL)::int AS claimable_tasks,
    (SELECT count(*) FROM tasks WHERE status = 'done')::int AS done_tasks,
    (SELECT count(*) FROM cc_items)::int AS cc_items,
    (SELECT count(*) FROM instance_search_values)::int AS search_values,
    (SELECT count(*) FROM users)::int AS users,
    (SELECT count(*) FROM departments)::int AS departments,
    pg_size_pretty(pg_database_size(current_database())) AS database_size`;

function templateSql(templates) {
  const values = SCALE_DEFINITIONS.map(
    (d, n) => `(${n}, '${d.key}', ${d.prefix ? `'${d.prefix}'` : 'NULL'}, ${d.amount}, '${templates[d.key]}'::uuid)`,
  ).join(', ');
  return `CREATE TEMP TABLE tpl AS
    SELECT v.n, v.key, v.prefix, v.amount, v.id AS template_id, i.definition_version AS version, i.state, i.snapshot,
           t.state_path, t.title, t.candidate_roles, t.outcomes, t.form_schema, t.slot,
           (SELECT e.state_after FROM instance_events e WHERE e.instance_id = i.id ORDER BY e.seq DESC LIMIT 1) AS state_after
    FROM (VALUES ${values}) AS v(n, key, prefix, amount, id)
    JOIN instances i ON i.id = v.id
    JOIN LATERAL (SELECT * FROM tasks t WHERE t.instance_id = i.id AND t.status = 'open' LIMIT 1) t ON true`;
}

/** Drops the secondary indexes and the keys nothing references of the big tables; returns the SQL that rebuilds them. */
async function dropIndexes(client) {
  const { rows: keys } = await client.query(
    `SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
     WHERE conrelid::regclass::text IN ('instance_events', 'tasks', 'cc_items', 'instance_search_values')
       AND contype IN ('p', 'u')`,
  );
  const { rows: indexes } = await client.query(
    `SELECT indexname, indexdef FROM pg_indexes i
     WHERE tablename IN ('instances', 'instance_events', 'tasks', 'cc_items', 'instance_search_values')
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
  );
  for (const k of keys) await client.query(`ALTER TABLE ${k.tbl} DROP CONSTRAINT ${k.conname}`);
  for (const i of indexes) await client.query(`DROP INDEX ${i.indexname}`);
  return [
    ...keys.map((k) => `ALTER TABLE ${k.tbl} ADD CONSTRAINT ${k.conname} ${k.def}`),
    ...indexes.map((i) => i.indexdef),
  ];
}

function peopleSql({ users, departments, teams }) {
  return [
    `INSERT INTO departments (code, name_zh, name_en, parent_id)
       SELECT 'scale-d' || lpad(d::text, 2, '0'), '规模部门' || d, 'Scale department ' || d,
              (SELECT id FROM departments WHERE code = 'hq')
       FROM generate_series(1, ${departments}) d`,
    `INSERT INTO roles (name, title_zh, title_en)
       SELECT 'scale-team-' || lpad(t::text, 3, '0'), '规模小组' || t, 'Scale team ' || t FROM generate_series(0, ${teams - 1}) t`,
    // Same password as the demo users (demo1234), so the bench logs generated users in too.
    `INSERT INTO users (id, username, display_name, display_name_en, password_hash, department_id, email, locale)
       SELECT ${uuidOf('u', 'k')}, 'su' || lpad(k::text, 5, '0'), '规模用户' || k, 'Scale user ' || k,
              (SELECT password_hash FROM users WHERE username = 'staff'),
              (SELECT id FROM departments WHERE code = 'scale-d' || lpad((1 + k % ${departments})::text, 2, '0')),
              'su' || k || '@example.com', CASE WHEN k % 5 = 0 THEN 'en' ELSE 'zh' END
       FROM generate_series(1, ${users}) k`,
    `INSERT INTO user_roles (user_id, role)
       SELECT u.id, r.role FROM users u,
         LATERAL (VALUES ('staff'), ('scale-team-' || lpad((substr(u.username, 3)::int % ${teams})::text, 3, '0'))) r(role)
       WHERE u.username LIKE 'su%'`,
  ];
}

function instancesSql(n) {
  return `INSERT INTO instances (id, definition_key, definition_version, status, state, snapshot, business_key,
            started_by, seq, last_hash, created_at, updated_at)
    SELECT pg_temp.iid(g), t.key, t.version, pg_temp.status(g), t.state,
           CASE WHEN t.amount THEN jsonb_set(t.snapshot, '{context,estimatedAmount}', to_jsonb((pg_temp.r(g, 'amt') * 100000)::int))
                ELSE t.snapshot END,
           CASE WHEN t.prefix IS NOT NULL THEN t.prefix || '-' || to_char(c.at AT TIME ZONE 'Asia/Shanghai', 'YYYYMMDD') || '-' || lpad(g::text, 7, '0') END,
           pg_temp.starter(g), 10, md5(g::text || 'h') || md5(g::text || 'g'), c.at, c.at + interval '1 hour'
    FROM generate_series(1, ${n}) g
    JOIN tpl t ON t.n = g % ${SCALE_DEFINITIONS.length}
    CROSS JOIN LATERAL (SELECT now() - interval '1 hour' - interval '730 days' * (1 - g::float8 / ${n}) AS at) c`;
}

function eventsSql(n) {
  return `INSERT INTO instance_events (instance_id, seq, type, data, actor, at, state_after, prev_hash, hash)
    SELECT pg_temp.iid(g), s,
           CASE WHEN s = 1 THEN '@start' ELSE (ARRAY['APPROVE', 'COMMENT', '@approvers', 'SUBMIT', 'RETURN'])[1 + (g + s) % 5] END,
           CASE WHEN s = 1 THEN '{}'::jsonb ELSE jsonb_build_object('comment', '同意 ' || s) END,
           CASE WHEN s = 1 THEN pg_temp.starter(g) WHEN pg_temp.r(g * 16 + s, 'sy') < 0.1 THEN 'system'
                ELSE pg_temp.worker(g * 16 + s, 'ev') END,
           now() - interval '730 days' * (1 - g::float8 / ${n}) + s * interval '1 minute',
           t.state_after,
           CASE WHEN s = 1 THEN repeat('0', 64) ELSE md5(g::text || '.' || (s - 1)) || md5((s - 1)::text || '.' || g) END,
           md5(g::text || '.' || s) || md5(s::text || '.' || g)
    FROM generate_series(1, ${n}) g
    JOIN tpl t ON t.n = g % ${SCALE_DEFINITIONS.length}
    CROSS JOIN generate_series(1, 10) s`;
}

function tasksSql(n, { teams }) {
  // Open: one per running instance; 30% claimable (bizdev, finance or a generated team), the rest assigned, skewed.
  const open = `INSERT INTO tasks (id, instance_id, definition_key, state_path, title, candidate_roles, assignee, status,
                  outcomes, form_schema, due_at, created_at, slot)
    SELECT ${uuidOf('t', 'g')}, pg_temp.iid(g), t.key, t.state_path, t.title,
           CASE WHEN pg_temp.r(g, 'cl') >= 0.3 THEN t.candidate_roles
                WHEN pg_temp.r(g, 'cr') < 0.35 THEN '{bizdev}'::text[]
                WHEN pg_temp.r(g, 'cr') < 0.5 THEN '{finance}'::text[]
                ELSE ARRAY['scale-team-' || lpad((floor(pg_temp.r(g, 'tm') * ${teams}))::int::text, 3, '0')] END,
           CASE WHEN pg_temp.r(g, 'cl') >= 0.3 THEN pg_temp.worker(g, 'as') END,
           'open', t.outcomes, t.form_schema,
           CASE WHEN g % 2 = 0 THEN c.at + interval '3 days' END, c.at + interval '1 minute',
           CASE WHEN pg_temp.r(g, 'cl') >= 0.3 THEN t.slot END
    FROM generate_series(10, ${n}, 10) g
    JOIN tpl t ON t.n = g % ${SCALE_DEFINITIONS.length}
    CROSS JOIN LATERAL (SELECT now() - interval '1 hour' - interval '730 days' * (1 - g::float8 / ${n}) AS at) c`;
  // Done: one per done instance, completed by its assignee.
  const done = `INSERT INTO tasks (id, instance_id, definition_key, state_path, title, candidate_roles, assignee, status,
                  outcomes, form_schema, created_at, completed_at, completed_by, outcome, slot)
    SELECT ${uuidOf('t', 'g')}, pg_temp.iid(g), t.key, t.state_path, t.title, t.candidate_roles, c.who, 'done',
           t.outcomes, t.form_schema, c.at + interval '1 minute', c.at + interval '50 minutes', c.who, t.outcomes[1], t.slot
    FROM generate_series(1, ${n}) g
    JOIN tpl t ON t.n = g % ${SCALE_DEFINITIONS.length}
    CROSS JOIN LATERAL (SELECT now() - interval '1 hour' - interval '730 days' * (1 - g::float8 / ${n}) AS at,
                               pg_temp.worker(g, 'as') AS who) c
    WHERE pg_temp.status(g) = 'done'`;
  return [open, done];
}

function ccSql(n) {
  // Two copies on every tenth instance (5, 15, …), to demo readers and generated users, 60% read.
  return `INSERT INTO cc_items (id, instance_id, seq, definition_key, state_path, recipient, sent_by, comment, created_at, read_at)
    SELECT ${uuidOf('c', 'g * 2 + k')}, pg_temp.iid(g), 1 + k, t.key, t.state_path,
           CASE WHEN pg_temp.r(g * 2 + k, 'cc') < 0.1 THEN 'leader' WHEN pg_temp.r(g * 2 + k, 'cc') < 0.15 THEN 'hq'
                ELSE pg_temp.gen_user(pg_temp.r(g * 2 + k, 'ccu')) END,
           pg_temp.starter(g), CASE WHEN k = 0 THEN '请知悉' END, c.at + k * interval '1 minute',
           CASE WHEN pg_temp.r(g * 2 + k, 'rd') < 0.6 THEN c.at + interval '1 day' END
    FROM generate_series(5, ${n}, 10) g
    JOIN tpl t ON t.n = g % ${SCALE_DEFINITIONS.length}
    CROSS JOIN generate_series(0, 1) k
    CROSS JOIN LATERAL (SELECT now() - interval '1 hour' - interval '730 days' * (1 - g::float8 / ${n}) AS at) c`;
}

/**
 * The search table's rows of the seeded instances, computed from their contexts on the server as
 * a publish back-fills them (declare-search-fields.query.ts): one per declared field whose value
 * is present. The template instances have theirs from their start.
 */
function searchValuesSql() {
  return `INSERT INTO instance_search_values (instance_id, definition_key, field, num, text)
    SELECT i.id, i.definition_key, f.field, liucheng_search_num(v.j), v.j #>> '{}'
    FROM search_fields f JOIN instances i ON i.definition_key = f.definition_key
    CROSS JOIN LATERAL (SELECT i.snapshot->'context' #> f.path AS j) v
    WHERE v.j IS NOT NULL AND i.id NOT IN (SELECT template_id FROM tpl)`;
}

/** Counts of rows whose references would fail, per foreign key the load skipped. */
function referenceChecks() {
  const missing = (table) =>
    `SELECT '${table}' AS tbl, count(*) AS n FROM ${table} x WHERE NOT EXISTS (SELECT 1 FROM instances i WHERE i.id = x.instance_id)`;
  return `CREATE TEMP TABLE reference_problems AS
    ${missing('instance_events')} UNION ALL ${missing('tasks')} UNION ALL ${missing('cc_items')}
    UNION ALL ${missing('instance_search_values')}
    UNION ALL SELECT 'instances', count(*) FROM instances i
      WHERE NOT EXISTS (SELECT 1 FROM definition_versions v WHERE v.key = i.definition_key AND v.version = i.definition_version)
    UNION ALL SELECT 'users', count(*) FROM users u
      WHERE u.department_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM departments d WHERE d.id = u.department_id)`;
}
