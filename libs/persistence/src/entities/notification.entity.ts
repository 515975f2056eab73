import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A `notify` effect, recorded in the event's transaction; delivery is a later concern. */
@Entity({ name: 'notifications' })
export class NotificationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'instance_id', type: 'uuid' })
  instanceId!: string;

  @Column({ type: 'integer' })
  seq!: number;

  /** `role:<name>`, `user:<username>`, `starter`, `starter.manager` as the action said. */
  @Column({ name: 'recipient', type: 'varchar', length: 200 })
  recipient!: string;

  @Column({ type: 'jsonb' })
  message!: { zh: string; en: string };

  @Column({ type: 'jsonb', nullable: true })
  data!: Record<string, unknown> | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
