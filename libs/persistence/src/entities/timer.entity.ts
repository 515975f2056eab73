import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A delayed transition waiting to fire; claimed with `FOR UPDATE SKIP LOCKED`. */
@Entity({ name: 'timers' })
export class TimerEntity {
  @PrimaryColumn({ name: 'instance_id', type: 'uuid' })
  instanceId!: string;

  @PrimaryColumn({ name: 'timer_id', type: 'varchar', length: 300 })
  timerId!: string;

  @Column({ name: 'event_type', type: 'varchar', length: 300 })
  eventType!: string;

  @Column({ name: 'state_path', type: 'text' })
  statePath!: string;

  @Column({ name: 'due_at', type: 'timestamptz', precision: 3 })
  dueAt!: Date;

  @Column({ type: 'varchar', length: 16 })
  status!: string;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'fired_at', type: 'timestamptz', precision: 3, nullable: true })
  firedAt!: Date | null;
}
