import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The advisory lock (with the key's hash) that orders a step's search write against a back-fill. */
export const SEARCH_LOCK_CLASS = 7_242_002;

/** Characters of a text value the text index holds (`text_key`): a btree entry must stay under ~2.7 kB. */
export const SEARCH_TEXT_PREFIX = 200;

/**
 * The typed search table of the context fields definitions declare (`meta.search`), so the
 * auditor's data-field search (`GET /api/instances?definitionKey=&field=&op=&value=`) reads an
 * index instead of every instance's context.
 *
 * - `search_fields`: per definition key, the union of the fields its published versions declare
 *   (a field, once declared, stays: running instances of older versions are searched alike);
 *   `ready` once every instance of the key has its rows (until then the search reads contexts).
 * - `instance_search_values`: per instance and declared field whose value is present (JSON null
 *   included), `num` when the value is a number and `text` = `value #>> '{}'`, exactly what the
 *   scan's `fieldFilterSql` compares. A missing value has no row. `text_key` (the first
 *   SEARCH_TEXT_PREFIX characters, generated) is a column of its own so the text index answers
 *   index-only (an index on the expression `left(text, …)` cannot). The statistics on
 *   (definition_key, field) give the planner each field's row count (the columns are far from
 *   independent). The plans: bench/README.md, "Search fields".
 * - `liucheng_write_search_values(id, key, context)`: brings an instance's rows in step with its
 *   context, writing only the rows whose value changed (nothing for a key that declares nothing).
 * - Events: `liucheng_lock_instance` (replaced) also says whether the key declares fields
 *   (`search_declared`, one index probe under the row lock), and `liucheng_step_event` with the
 *   key as a twelfth argument (an overload) writes them too: an event of a definition that
 *   declares nothing sends the same write as before. A back-fill chunk takes its instances' rows
 *   `FOR KEY SHARE`: it waits for an event holding one, whose lock read saw the declaration or
 *   not, and reads what it committed; an event locking after it sees the declaration.
 * - Starts: the start statement returns `liucheng_start_search_values(id, key, context)`, which
 *   takes `pg_advisory_xact_lock_shared(SEARCH_LOCK_CLASS, hashtext(key))` (until COMMIT) before
 *   reading the declaration; a back-fill chunk takes it exclusively, so an instance whose start
 *   read the old declaration is committed before the chunk reads the key's instances.
 * The cost for a definition that declares nothing (bench/README.md, "Search fields"): about 2 µs
 * of PostgreSQL per event, the probe.
 */
export class SearchFields1766800000000 implements MigrationInterface {
  name = 'SearchFields1766800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE search_fields (
      definition_key varchar(100) NOT NULL REFERENCES workflow_definitions(key),
      field text NOT NULL,
      path text[] NOT NULL,
      declared_in integer NOT NULL,
      declared_at timestamptz(3) NOT NULL DEFAULT now(),
      ready boolean NOT NULL DEFAULT false,
      PRIMARY KEY (definition_key, field))`);
    await q.query(`CREATE TABLE instance_search_values (
      instance_id uuid NOT NULL REFERENCES instances(id),
      definition_key varchar(100) NOT NULL,
      field text NOT NULL,
      num numeric,
      text text,
      text_key text GENERATED ALWAYS AS (left(text, ${SEARCH_TEXT_PREFIX})) STORED,
      PRIMARY KEY (instance_id, field))`);
    await q.query(`CREATE INDEX instance_search_values_num_idx ON instance_search_values
                     (definition_key, field, num) INCLUDE (instance_id) WHERE num IS NOT NULL`);
    await q.query(`CREATE INDEX instance_search_values_text_idx ON instance_search_values
                     (definition_key, field, text_key) INCLUDE (instance_id)`);
    await q.query(`CREATE STATISTICS instance_search_values_fields (mcv) ON definition_key, field
                     FROM instance_search_values`);
    await q.query(`
      CREATE FUNCTION liucheng_search_num(j jsonb) RETURNS numeric LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT CASE WHEN jsonb_typeof(j) = 'number' THEN j::numeric END $$`);
    await q.query(`
      CREATE FUNCTION liucheng_write_search_values(p_id uuid, p_key varchar, p_context jsonb)
      RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM search_fields f WHERE f.definition_key = p_key) THEN RETURN; END IF;
        WITH wanted AS (
          SELECT f.field, v.j, liucheng_search_num(v.j) AS num, v.j #>> '{}' AS text
          FROM search_fields f CROSS JOIN LATERAL (SELECT p_context #> f.path AS j) v
          WHERE f.definition_key = p_key),
        gone AS (
          DELETE FROM instance_search_values s USING wanted w
          WHERE s.instance_id = p_id AND s.field = w.field AND w.j IS NULL)
        INSERT INTO instance_search_values AS s (instance_id, definition_key, field, num, text)
        SELECT p_id, p_key, w.field, w.num, w.text
        FROM wanted w LEFT JOIN instance_search_values c ON c.instance_id = p_id AND c.field = w.field
        WHERE w.j IS NOT NULL AND (c.instance_id IS NULL OR (c.num, c.text) IS DISTINCT FROM (w.num, w.text))
        ON CONFLICT (instance_id, field) DO UPDATE SET num = EXCLUDED.num, text = EXCLUDED.text;
      END $$`);
    await q.query(`
      CREATE FUNCTION liucheng_start_search_values(p_id uuid, p_key varchar, p_context jsonb)
      RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock_shared(${SEARCH_LOCK_CLASS}, hashtext(p_key));
        PERFORM liucheng_write_search_values(p_id, p_key, p_context);
      END $$`);
    await q.query(`DROP FUNCTION liucheng_lock_instance(uuid, text)`);
    await q.query(lockInstanceFunction(true));
    await q.query(searchedStepEventFunction());
    // Declarations published before this migration (meta.search was not checked then: paths only).
    await q.query(`
      INSERT INTO search_fields (definition_key, field, path, declared_in, ready)
      SELECT DISTINCT ON (v.key, f.field) v.key, f.field, string_to_array(f.field, '.'), v.version, true
      FROM definition_versions v
      CROSS JOIN LATERAL json_array_elements_text(
        CASE WHEN json_typeof(v.spec->'meta'->'search') = 'array' THEN v.spec->'meta'->'search' ELSE '[]'::json END) f(field)
      WHERE v.status = 'published'
        AND f.field ~ '^[A-Za-z_][A-Za-z0-9_]{0,63}(\\.([A-Za-z_][A-Za-z0-9_]{0,63}|[0-9]{1,4})){0,7}$'
      ORDER BY v.key, f.field, v.version`);
    await q.query(`
      INSERT INTO instance_search_values (instance_id, definition_key, field, num, text)
      SELECT i.id, i.definition_key, f.field, liucheng_search_num(v.j), v.j #>> '{}'
      FROM search_fields f JOIN instances i ON i.definition_key = f.definition_key
      CROSS JOIN LATERAL (SELECT i.snapshot->'context' #> f.path AS j) v
      WHERE v.j IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DROP FUNCTION liucheng_step_event(uuid, int, text, jsonb, text, timestamptz, jsonb, text, text, text, jsonb, varchar)`,
    );
    await q.query(`DROP FUNCTION liucheng_lock_instance(uuid, text)`);
    await q.query(lockInstanceFunction(false));
    await q.query(`DROP FUNCTION liucheng_start_search_values(uuid, varchar, jsonb)`);
    await q.query(`DROP FUNCTION liucheng_write_search_values(uuid, varchar, jsonb)`);
    await q.query(`DROP FUNCTION liucheng_search_num(jsonb)`);
    await q.query(`DROP TABLE instance_search_values`);
    await q.query(`DROP TABLE search_fields`);
  }
}

/**
 * `liucheng_step_event` with a twelfth argument, the key: the same history entry and instance
 * row, then the instance's search values. An overload rather than a defaulted argument: an event
 * of a definition that declares nothing sends the eleven-argument call, which PostgreSQL resolves,
 * plans and runs exactly as before.
 */
function searchedStepEventFunction(): string {
  return `
    CREATE FUNCTION liucheng_step_event(p_id uuid, p_seq int, p_type text, p_data jsonb, p_actor text,
      p_at timestamptz, p_state jsonb, p_prev_hash text, p_hash text, p_status text, p_snapshot jsonb,
      p_search_key varchar)
    RETURNS void LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM liucheng_step_event(p_id, p_seq, p_type, p_data, p_actor, p_at, p_state, p_prev_hash, p_hash,
        p_status, p_snapshot);
      PERFORM liucheng_write_search_values(p_id, p_search_key, p_snapshot->'context');
    END $$`;
}

/** `liucheng_lock_instance` (EventPathFunctions1766520000000), with `search_declared` when `search`. */
function lockInstanceFunction(search: boolean): string {
  return `
    CREATE FUNCTION liucheng_lock_instance(p_id uuid, p_actor text)
    RETURNS TABLE (id uuid, definition_key varchar, definition_version int, status varchar, state jsonb,
      snapshot jsonb, business_key varchar, started_by varchar, seq int, last_hash char(64),
      created_at timestamptz, updated_at timestamptz, open_tasks json, actor_token_version int${
        search ? ', search_declared boolean' : ''
      })
    LANGUAGE plpgsql AS $$
    #variable_conflict use_column
    BEGIN
      RETURN QUERY
      SELECT i.id, i.definition_key, i.definition_version, i.status, i.state, i.snapshot, i.business_key,
        i.started_by, i.seq, i.last_hash, i.created_at, i.updated_at,
        (SELECT COALESCE(json_agg(t ORDER BY t.created_at, t.id), '[]'::json) FROM tasks t
          WHERE t.instance_id = i.id AND t.status = 'open'),
        (SELECT u.token_version FROM users u WHERE u.username = p_actor AND u.active)${
          search
            ? `,
        EXISTS (SELECT 1 FROM search_fields f WHERE f.definition_key = i.definition_key)`
            : ''
        }
      FROM instances i WHERE i.id = p_id FOR UPDATE;
    END $$`;
}
