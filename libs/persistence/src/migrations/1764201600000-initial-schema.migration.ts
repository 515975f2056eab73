import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The initial schema. `instance_events` is append-only by design: the code only
 * INSERTs; there is deliberately no trigger forbidding UPDATE/DELETE, so that a tamper
 * test can alter a row by SQL and `verify` must catch it.
 */
export class InitialSchema1764201600000 implements MigrationInterface {
  name = 'InitialSchema1764201600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE app_settings (
      key varchar(100) PRIMARY KEY,
      value text NOT NULL)`);

    await q.query(`CREATE TABLE roles (
      name varchar(50) PRIMARY KEY,
      title_zh text NOT NULL,
      title_en text NOT NULL)`);

    await q.query(`CREATE TABLE users (
      id uuid PRIMARY KEY,
      username varchar(100) NOT NULL UNIQUE,
      display_name text NOT NULL,
      password_hash text NOT NULL,
      active boolean NOT NULL DEFAULT true,
      department varchar(100),
      manager_id uuid REFERENCES users(id))`);

    await q.query(`CREATE TABLE user_roles (
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      role varchar(50) NOT NULL REFERENCES roles(name),
      PRIMARY KEY (user_id, role))`);

    await q.query(`CREATE TABLE workflow_definitions (
      key varchar(100) PRIMARY KEY,
      title_zh text NOT NULL,
      title_en text NOT NULL,
      owner varchar(100),
      draft json,
      draft_updated_by varchar(100),
      draft_updated_at timestamptz(3),
      created_at timestamptz(3) NOT NULL DEFAULT now())`);

    await q.query(`CREATE TABLE definition_versions (
      key varchar(100) NOT NULL REFERENCES workflow_definitions(key),
      version integer NOT NULL CHECK (version > 0),
      spec json NOT NULL,
      checksum char(64) NOT NULL,
      status varchar(16) NOT NULL CHECK (status IN ('draft', 'published')),
      published_by varchar(100),
      published_at timestamptz(3),
      PRIMARY KEY (key, version))`);

    await q.query(`CREATE TABLE instances (
      id uuid PRIMARY KEY,
      definition_key varchar(100) NOT NULL,
      definition_version integer NOT NULL,
      status varchar(16) NOT NULL,
      state jsonb NOT NULL,
      snapshot jsonb NOT NULL,
      business_key varchar(200),
      started_by varchar(100) NOT NULL,
      seq integer NOT NULL,
      last_hash char(64) NOT NULL,
      created_at timestamptz(3) NOT NULL,
      updated_at timestamptz(3) NOT NULL,
      FOREIGN KEY (definition_key, definition_version) REFERENCES definition_versions(key, version))`);
    await q.query(`CREATE INDEX instances_created_idx ON instances (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX instances_definition_idx ON instances (definition_key, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX instances_business_key_idx ON instances (business_key) WHERE business_key IS NOT NULL`);

    await q.query(`CREATE TABLE instance_events (
      instance_id uuid NOT NULL REFERENCES instances(id),
      seq integer NOT NULL CHECK (seq > 0),
      type varchar(200) NOT NULL,
      data jsonb NOT NULL,
      actor varchar(100) NOT NULL,
      at timestamptz(3) NOT NULL,
      state_after jsonb NOT NULL,
      prev_hash char(64) NOT NULL,
      hash char(64) NOT NULL,
      PRIMARY KEY (instance_id, seq))`);

    await q.query(`CREATE TABLE tasks (
      id uuid PRIMARY KEY,
      instance_id uuid NOT NULL REFERENCES instances(id),
      definition_key varchar(100) NOT NULL,
      state_path text NOT NULL,
      title jsonb NOT NULL,
      candidate_roles text[] NOT NULL DEFAULT '{}',
      assignee varchar(100),
      status varchar(16) NOT NULL CHECK (status IN ('open', 'done', 'cancelled')),
      outcomes text[] NOT NULL DEFAULT '{}',
      form_schema json NOT NULL DEFAULT '{}',
      due_at timestamptz(3),
      created_at timestamptz(3) NOT NULL,
      completed_at timestamptz(3),
      completed_by varchar(100),
      outcome varchar(200))`);
    await q.query(`CREATE INDEX tasks_instance_open_idx ON tasks (instance_id) WHERE status = 'open'`);
    await q.query(`CREATE INDEX tasks_assignee_idx ON tasks (assignee, status)`);
    await q.query(`CREATE INDEX tasks_candidate_roles_idx ON tasks USING gin (candidate_roles) WHERE status = 'open'`);

    await q.query(`CREATE TABLE timers (
      instance_id uuid NOT NULL REFERENCES instances(id),
      timer_id varchar(300) NOT NULL,
      event_type varchar(300) NOT NULL,
      state_path text NOT NULL,
      due_at timestamptz(3) NOT NULL,
      status varchar(16) NOT NULL CHECK (status IN ('scheduled', 'fired', 'cancelled')),
      created_at timestamptz(3) NOT NULL,
      fired_at timestamptz(3),
      PRIMARY KEY (instance_id, timer_id))`);
    await q.query(`CREATE INDEX timers_due_idx ON timers (due_at) WHERE status = 'scheduled'`);

    await q.query(`CREATE TABLE notifications (
      id uuid PRIMARY KEY,
      instance_id uuid NOT NULL REFERENCES instances(id),
      seq integer NOT NULL,
      recipient varchar(200) NOT NULL,
      message jsonb NOT NULL,
      data jsonb,
      created_at timestamptz(3) NOT NULL)`);
    await q.query(`CREATE INDEX notifications_instance_idx ON notifications (instance_id, seq)`);

    await q.query(`CREATE TABLE idempotency_keys (
      username varchar(100) NOT NULL,
      route varchar(300) NOT NULL,
      key varchar(200) NOT NULL,
      request_hash char(64) NOT NULL,
      response_status integer,
      response_body jsonb,
      created_at timestamptz(3) NOT NULL,
      PRIMARY KEY (username, route, key))`);
    await q.query(`CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'idempotency_keys',
      'notifications',
      'timers',
      'tasks',
      'instance_events',
      'instances',
      'definition_versions',
      'workflow_definitions',
      'user_roles',
      'users',
      'roles',
      'app_settings',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
