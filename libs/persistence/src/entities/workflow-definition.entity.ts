import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A workflow's identity (key = spec.id) and its editable draft. Versions live in `definition_versions`. */
@Entity({ name: 'workflow_definitions' })
export class WorkflowDefinitionEntity {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  key!: string;

  @Column({ name: 'title_zh', type: 'text' })
  titleZh!: string;

  @Column({ name: 'title_en', type: 'text' })
  titleEn!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  owner!: string | null;

  @Column({ type: 'json', nullable: true })
  draft!: Record<string, unknown> | null;

  @Column({ name: 'draft_updated_by', type: 'varchar', length: 100, nullable: true })
  draftUpdatedBy!: string | null;

  @Column({ name: 'draft_updated_at', type: 'timestamptz', precision: 3, nullable: true })
  draftUpdatedAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
