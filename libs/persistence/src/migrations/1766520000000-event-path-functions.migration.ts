import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The event path's two statements as PL/pgSQL functions. Sent as text they were parsed and
 * planned on every event (the simple protocol has no prepared statements, and BEGIN/COMMIT ride
 * in the same message); a function's statements keep their plans for the session, which took
 * about half of PostgreSQL's CPU per event (bench/README.md, "Per-event CPU budget").
 *
 * - `liucheng_lock_instance(id, actor)`: the instance row `FOR UPDATE` with its open tasks
 *   (oldest first) and the actor's current token version (NULL when deactivated or gone, or for
 *   a NULL actor, the system). Its columns are `INSTANCE_COLUMNS` then `open_tasks`,
 *   `actor_token_version`: the same as `instancesLockSql` (a spec compares the two).
 * - `liucheng_step_event(…)`: appends the history entry and updates the instance row of an
 *   event's step; the step's effects follow as their own statement in the same message.
 */
export class EventPathFunctions1766520000000 implements MigrationInterface {
  name = 'EventPathFunctions1766520000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION liucheng_lock_instance(p_id uuid, p_actor text)
      RETURNS TABLE (id uuid, definition_key varchar, definition_version int, status varchar, state jsonb,
        snapshot jsonb, business_key varchar, started_by varchar, seq int, last_hash char(64),
        created_at timestamptz, updated_at timestamptz, open_tasks json, actor_token_version int)
      LANGUAGE plpgsql AS $$
      #variable_conflict use_column
      BEGIN
        RETURN QUERY
        SELECT i.id, i.definition_key, i.definition_version, i.status, i.state, i.snapshot, i.business_key,
          i.started_by, i.seq, i.last_hash, i.created_at, i.updated_at,
          (SELECT COALESCE(json_agg(t ORDER BY t.created_at, t.id), '[]'::json) FROM tasks t
            WHERE t.instance_id = i.id AND t.status = 'open'),
          (SELECT u.token_version FROM users u WHERE u.username = p_actor AND u.active)
        FROM instances i WHERE i.id = p_id FOR UPDATE;
      END $$`);
    await q.query(`
      CREATE FUNCTION liucheng_step_event(p_id uuid, p_seq int, p_type text, p_data jsonb, p_actor text,
        p_at timestamptz, p_state jsonb, p_prev_hash text, p_hash text, p_status text, p_snapshot jsonb)
      RETURNS void LANGUAGE plpgsql AS $$
      #variable_conflict use_column
      BEGIN
        INSERT INTO instance_events (instance_id, seq, type, data, actor, at, state_after, prev_hash, hash)
        VALUES (p_id, p_seq, p_type, p_data, p_actor, p_at, p_state, p_prev_hash, p_hash);
        UPDATE instances SET status = p_status, state = p_state, seq = p_seq, last_hash = p_hash,
          updated_at = p_at, snapshot = p_snapshot
        WHERE id = p_id;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DROP FUNCTION liucheng_step_event(uuid, int, text, jsonb, text, timestamptz, jsonb, text, text, text, jsonb)`,
    );
    await q.query(`DROP FUNCTION liucheng_lock_instance(uuid, text)`);
  }
}
