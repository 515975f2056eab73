import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Audit evidence. Checkpoints: a Merkle root over every instance's latest history entry, chained
 * by hash; their leaves are kept (no foreign key to instances, on purpose: a deleted instance's
 * leaf is the evidence that it existed) with the instance's definition and start time, so a
 * bundle's scope can name what is gone. Signing keys hold Ed25519 public keys only — the admin
 * keeps the private key. Verification runs and the incidents they raise.
 */
export class AuditEvidence1765300000000 implements MigrationInterface {
  name = 'AuditEvidence1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE audit_signing_keys (
      id uuid PRIMARY KEY,
      label varchar(200) NOT NULL,
      public_key text NOT NULL,
      fingerprint char(64) NOT NULL UNIQUE,
      created_by varchar(100) NOT NULL,
      created_at timestamptz(3) NOT NULL)`);
    await q.query(`CREATE TABLE audit_checkpoints (
      seq integer PRIMARY KEY CHECK (seq > 0),
      at timestamptz(3) NOT NULL,
      count integer NOT NULL CHECK (count >= 0),
      root char(64) NOT NULL,
      prev_hash char(64) NOT NULL,
      hash char(64) NOT NULL UNIQUE,
      signature text,
      signing_key_id uuid REFERENCES audit_signing_keys(id),
      signed_by varchar(100),
      signed_at timestamptz(3),
      CHECK ((signature IS NULL) = (signing_key_id IS NULL)))`);
    await q.query(`CREATE TABLE audit_checkpoint_leaves (
      checkpoint_seq integer NOT NULL REFERENCES audit_checkpoints(seq),
      leaf_index integer NOT NULL CHECK (leaf_index >= 0),
      instance_id uuid NOT NULL,
      seq integer NOT NULL,
      hash char(64) NOT NULL,
      definition_key varchar(100) NOT NULL,
      created_at timestamptz(3) NOT NULL,
      PRIMARY KEY (checkpoint_seq, leaf_index),
      UNIQUE (checkpoint_seq, instance_id))`);
    await q.query(`CREATE TABLE audit_verification_runs (
      id uuid PRIMARY KEY,
      started_at timestamptz(3) NOT NULL,
      finished_at timestamptz(3) NOT NULL,
      since timestamptz(3),
      instances_checked integer NOT NULL,
      checkpoint_seq integer,
      failures integer NOT NULL)`);
    await q.query(`CREATE INDEX audit_verification_runs_started_idx ON audit_verification_runs (started_at DESC)`);
    await q.query(`CREATE TABLE audit_incidents (
      no bigserial PRIMARY KEY,
      id uuid NOT NULL UNIQUE,
      run_id uuid NOT NULL REFERENCES audit_verification_runs(id),
      kind varchar(16) NOT NULL CHECK (kind IN ('history', 'checkpoint')),
      code varchar(32) NOT NULL,
      instance_id uuid,
      seq integer,
      message text NOT NULL,
      detected_at timestamptz(3) NOT NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_incidents`);
    await q.query(`DROP TABLE audit_verification_runs`);
    await q.query(`DROP TABLE audit_checkpoint_leaves`);
    await q.query(`DROP TABLE audit_checkpoints`);
    await q.query(`DROP TABLE audit_signing_keys`);
  }
}
