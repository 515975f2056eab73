import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The start route's statements as PL/pgSQL functions, as EventPathFunctions1766520000000 did for
 * the event route: sent as text they were parsed and planned on every start; a function's
 * statements keep their plans for the session (bench/README.md, "Starts").
 *
 * - `liucheng_start_context(key, version, actor)`: the version a start uses (`version`, or the
 *   latest published one; NULL when there is none) and the actor's current token version (NULL
 *   when deactivated or gone, or for a NULL actor), in the start's first round trip.
 * - `liucheng_start_instance(…)`: inserts the new instance row and its history entry 1, the
 *   same rows as the written-out `INSERT INTO instances` with its `history_entry` CTE, and the
 *   instance's search values (`liucheng_start_search_values`, SearchFields1766800000000).
 * - `liucheng_open_task(…)`: inserts a task the start opened, every column given, the same row
 *   as the written-out `task_opened` CTE of the event path.
 * - `liucheng_next_business_key_seq(key, day)`: the day's next business-key number, the same
 *   upsert of `business_key_counters` that was sent as text with parameters.
 */
export class StartPathFunctions1766900000000 implements MigrationInterface {
  name = 'StartPathFunctions1766900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION liucheng_start_context(p_key text, p_version int, p_actor text)
      RETURNS TABLE (version int, actor_token_version int)
      LANGUAGE plpgsql AS $$
      #variable_conflict use_column
      BEGIN
        RETURN QUERY SELECT
          COALESCE(p_version,
            (SELECT max(d.version) FROM definition_versions d WHERE d.key = p_key AND d.status = 'published')),
          (SELECT u.token_version FROM users u WHERE u.username = p_actor AND u.active);
      END $$`);
    await q.query(`
      CREATE FUNCTION liucheng_start_instance(p_id uuid, p_key text, p_version int, p_status text, p_state jsonb,
        p_snapshot jsonb, p_business_key text, p_started_by text, p_seq int, p_hash text, p_at timestamptz,
        p_type text, p_data jsonb, p_actor text, p_prev_hash text)
      RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO instances (id, definition_key, definition_version, status, state, snapshot, business_key,
          started_by, seq, last_hash, created_at, updated_at)
        VALUES (p_id, p_key, p_version, p_status, p_state, p_snapshot, p_business_key, p_started_by, p_seq, p_hash,
          p_at, p_at);
        INSERT INTO instance_events (instance_id, seq, type, data, actor, at, state_after, prev_hash, hash)
        VALUES (p_id, p_seq, p_type, p_data, p_actor, p_at, p_state, p_prev_hash, p_hash);
        -- The declared search fields' values (SearchFields1766800000000), under the key's search lock.
        PERFORM liucheng_start_search_values(p_id, p_key, p_snapshot->'context');
      END $$`);
    await q.query(`
      CREATE FUNCTION liucheng_open_task(p_id uuid, p_instance_id uuid, p_definition_key text, p_state_path text,
        p_title jsonb, p_candidate_roles text[], p_assignee text, p_status text, p_outcomes text[], p_form_schema json,
        p_due_at timestamptz, p_created_at timestamptz, p_completed_at timestamptz, p_completed_by text,
        p_outcome text, p_slot text, p_on_behalf_of text, p_proxy_until timestamptz, p_delegated_by text)
      RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO tasks (id, instance_id, definition_key, state_path, title, candidate_roles, assignee, status,
          outcomes, form_schema, due_at, created_at, completed_at, completed_by, outcome, slot, on_behalf_of,
          proxy_until, delegated_by)
        VALUES (p_id, p_instance_id, p_definition_key, p_state_path, p_title, p_candidate_roles, p_assignee, p_status,
          p_outcomes, p_form_schema, p_due_at, p_created_at, p_completed_at, p_completed_by, p_outcome, p_slot,
          p_on_behalf_of, p_proxy_until, p_delegated_by);
      END $$`);
    await q.query(`
      CREATE FUNCTION liucheng_next_business_key_seq(p_key text, p_day date)
      RETURNS int LANGUAGE plpgsql AS $$
      DECLARE
        v_seq int;
      BEGIN
        INSERT INTO business_key_counters (definition_key, day, seq) VALUES (p_key, p_day, 1)
        ON CONFLICT (definition_key, day) DO UPDATE SET seq = business_key_counters.seq + 1
        RETURNING seq INTO v_seq;
        RETURN v_seq;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION liucheng_next_business_key_seq(text, date)`);
    await q.query(`DROP FUNCTION liucheng_open_task(uuid, uuid, text, text, jsonb, text[], text, text, text[], json,
      timestamptz, timestamptz, timestamptz, text, text, text, text, timestamptz, text)`);
    await q.query(`DROP FUNCTION liucheng_start_instance(uuid, text, int, text, jsonb, jsonb, text, text, int, text,
      timestamptz, text, jsonb, text, text)`);
    await q.query(`DROP FUNCTION liucheng_start_context(text, int, text)`);
  }
}
