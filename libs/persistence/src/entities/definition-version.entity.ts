import { Column, Entity, PrimaryColumn } from 'typeorm';

export type DefinitionVersionStatus = 'draft' | 'published';

/** One version of a definition. Immutable once published: instances are pinned to it. */
@Entity({ name: 'definition_versions' })
export class DefinitionVersionEntity {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  key!: string;

  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @Column({ type: 'json' })
  spec!: Record<string, unknown>;

  @Column({ type: 'char', length: 64 })
  checksum!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: DefinitionVersionStatus;

  @Column({ name: 'published_by', type: 'varchar', length: 100, nullable: true })
  publishedBy!: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', precision: 3, nullable: true })
  publishedAt!: Date | null;
}
