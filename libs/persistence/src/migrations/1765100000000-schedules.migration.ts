import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Scheduled starts (`meta.schedules`).
 * - `schedule_states`: per definition and schedule, the time up to which occurrences were claimed
 *   (a worker locks the row `FOR UPDATE SKIP LOCKED`, claims what fell due since, moves it on),
 *   and whether an owner paused it.
 * - `schedule_runs`: one row per definition, schedule, occurrence and person — the unique key is
 *   what makes every occurrence start once per person whatever the number of API processes.
 *   A row is claimed `pending` and flips to `started` in the transaction that creates the instance.
 */
export class Schedules1765100000000 implements MigrationInterface {
  name = 'Schedules1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE schedule_states (
      definition_key varchar(100) NOT NULL,
      schedule_key varchar(64) NOT NULL,
      checked_until timestamptz NOT NULL,
      paused_at timestamptz,
      paused_by varchar(100),
      PRIMARY KEY (definition_key, schedule_key))`);
    await q.query(`CREATE TABLE schedule_runs (
      id uuid PRIMARY KEY,
      definition_key varchar(100) NOT NULL,
      definition_version integer NOT NULL,
      schedule_key varchar(64) NOT NULL,
      occurrence_at timestamptz NOT NULL,
      person varchar(100) NOT NULL,
      trigger varchar(16) NOT NULL CHECK (trigger IN ('schedule', 'manual')),
      run_by varchar(100),
      status varchar(16) NOT NULL CHECK (status IN ('pending', 'started', 'failed')),
      instance_id uuid REFERENCES instances(id),
      error json,
      created_at timestamptz NOT NULL,
      started_at timestamptz,
      UNIQUE (definition_key, schedule_key, occurrence_at, person))`);
    await q.query(`CREATE INDEX schedule_runs_pending_idx ON schedule_runs (occurrence_at) WHERE status = 'pending'`);
    await q.query(
      `CREATE INDEX schedule_runs_recent_idx ON schedule_runs (definition_key, schedule_key, created_at DESC)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE schedule_runs`);
    await q.query(`DROP TABLE schedule_states`);
  }
}
