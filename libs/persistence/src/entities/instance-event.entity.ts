import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One history entry. Append-only: the code only ever INSERTs here (no trigger forbids
 * UPDATE/DELETE so that auditors' tamper tests can alter a row; verify then names it).
 */
@Entity({ name: 'instance_events' })
export class InstanceEventEntity {
  @PrimaryColumn({ name: 'instance_id', type: 'uuid' })
  instanceId!: string;

  @PrimaryColumn({ type: 'integer' })
  seq!: number;

  @Column({ type: 'varchar', length: 200 })
  type!: string;

  @Column({ type: 'jsonb' })
  data!: Record<string, unknown>;

  @Column({ type: 'varchar', length: 100 })
  actor!: string;

  @Column({ type: 'timestamptz', precision: 3 })
  at!: Date;

  @Column({ name: 'state_after', type: 'jsonb' })
  stateAfter!: unknown;

  @Column({ name: 'prev_hash', type: 'char', length: 64 })
  prevHash!: string;

  @Column({ type: 'char', length: 64 })
  hash!: string;
}
