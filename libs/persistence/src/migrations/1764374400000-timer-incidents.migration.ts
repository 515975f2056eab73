import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Timers that fail become incidents instead of disappearing: an id (the incident routes name
 * one timer), attempts, the next attempt's time and the last error, and a `failed` status after
 * the last attempt. The worker claims by `COALESCE(next_attempt_at, due_at)`, hence the index.
 * Rescheduling a timer (the event path upserts it with a new due time) starts its attempts
 * afresh, so an old backoff can neither fire it early nor hold it back.
 */
export class TimerIncidents1764374400000 implements MigrationInterface {
  name = 'TimerIncidents1764374400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE timers
      ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid(),
      ADD COLUMN attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
      ADD COLUMN next_attempt_at timestamptz(3),
      ADD COLUMN last_error text,
      ADD COLUMN failed_at timestamptz(3)`);
    await q.query(`ALTER TABLE timers ADD CONSTRAINT timers_id_key UNIQUE (id)`);
    await q.query(`ALTER TABLE timers DROP CONSTRAINT timers_status_check`);
    await q.query(`ALTER TABLE timers ADD CONSTRAINT timers_status_check
      CHECK (status IN ('scheduled', 'fired', 'cancelled', 'failed'))`);
    await q.query(`DROP INDEX IF EXISTS timers_due_idx`);
    await q.query(
      `CREATE INDEX timers_run_at_idx ON timers ((COALESCE(next_attempt_at, due_at))) WHERE status = 'scheduled'`,
    );
    await q.query(`CREATE INDEX timers_failed_idx ON timers (failed_at) WHERE status = 'failed'`);
    await q.query(
      `CREATE INDEX timers_retrying_idx ON timers (next_attempt_at) WHERE status = 'scheduled' AND attempts > 0`,
    );
    await q.query(`CREATE FUNCTION timers_reset_attempts() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.attempts := 0;
        NEW.next_attempt_at := NULL;
        NEW.last_error := NULL;
        NEW.failed_at := NULL;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER timers_reschedule_resets_attempts BEFORE UPDATE ON timers FOR EACH ROW
      WHEN (NEW.due_at IS DISTINCT FROM OLD.due_at OR NEW.created_at IS DISTINCT FROM OLD.created_at)
      EXECUTE FUNCTION timers_reset_attempts()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS timers_reschedule_resets_attempts ON timers`);
    await q.query(`DROP FUNCTION IF EXISTS timers_reset_attempts()`);
    await q.query(`DROP INDEX IF EXISTS timers_retrying_idx`);
    await q.query(`DROP INDEX IF EXISTS timers_failed_idx`);
    await q.query(`DROP INDEX IF EXISTS timers_run_at_idx`);
    await q.query(`UPDATE timers SET status = 'cancelled' WHERE status = 'failed'`);
    await q.query(`ALTER TABLE timers DROP CONSTRAINT timers_status_check`);
    await q.query(`ALTER TABLE timers ADD CONSTRAINT timers_status_check
      CHECK (status IN ('scheduled', 'fired', 'cancelled'))`);
    await q.query(`CREATE INDEX timers_due_idx ON timers (due_at) WHERE status = 'scheduled'`);
    await q.query(`ALTER TABLE timers DROP CONSTRAINT timers_id_key`);
    await q.query(`ALTER TABLE timers
      DROP COLUMN failed_at, DROP COLUMN last_error, DROP COLUMN next_attempt_at, DROP COLUMN attempts, DROP COLUMN id`);
  }
}
