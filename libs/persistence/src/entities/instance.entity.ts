import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A running (or finished) workflow instance, pinned to one definition version. */
@Entity({ name: 'instances' })
export class InstanceEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'definition_key', type: 'varchar', length: 100 })
  definitionKey!: string;

  @Column({ name: 'definition_version', type: 'integer' })
  definitionVersion!: number;

  @Column({ type: 'varchar', length: 16 })
  status!: string;

  @Column({ type: 'jsonb' })
  state!: unknown;

  @Column({ type: 'jsonb' })
  snapshot!: Record<string, unknown>;

  @Column({ name: 'business_key', type: 'varchar', length: 200, nullable: true })
  businessKey!: string | null;

  @Column({ name: 'started_by', type: 'varchar', length: 100 })
  startedBy!: string;

  /** Seq of the latest history entry. */
  @Column({ type: 'integer' })
  seq!: number;

  /** Hash of the latest history entry: the next entry's prevHash, read under the row lock. */
  @Column({ name: 'last_hash', type: 'char', length: 64 })
  lastHash!: string;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
