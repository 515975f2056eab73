import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Human work opened by a state's `meta.task`. */
@Entity({ name: 'tasks' })
export class TaskEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'instance_id', type: 'uuid' })
  instanceId!: string;

  @Column({ name: 'definition_key', type: 'varchar', length: 100 })
  definitionKey!: string;

  @Column({ name: 'state_path', type: 'text' })
  statePath!: string;

  @Column({ type: 'jsonb' })
  title!: { zh: string; en: string };

  @Column({ name: 'candidate_roles', type: 'text', array: true })
  candidateRoles!: string[];

  @Column({ type: 'varchar', length: 100, nullable: true })
  assignee!: string | null;

  @Column({ type: 'varchar', length: 16 })
  status!: string;

  @Column({ type: 'text', array: true })
  outcomes!: string[];

  @Column({ name: 'form_schema', type: 'json' })
  formSchema!: Record<string, unknown>;

  @Column({ name: 'due_at', type: 'timestamptz', precision: 3, nullable: true })
  dueAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'completed_at', type: 'timestamptz', precision: 3, nullable: true })
  completedAt!: Date | null;

  @Column({ name: 'completed_by', type: 'varchar', length: 100, nullable: true })
  completedBy!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  outcome!: string | null;
}
