import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The first 2xx answer to a request sent with an `Idempotency-Key`, scoped to user and route. */
@Entity({ name: 'idempotency_keys' })
export class IdempotencyKeyEntity {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  username!: string;

  @PrimaryColumn({ type: 'varchar', length: 300 })
  route!: string;

  @PrimaryColumn({ type: 'varchar', length: 200 })
  key!: string;

  @Column({ name: 'request_hash', type: 'char', length: 64 })
  requestHash!: string;

  @Column({ name: 'response_status', type: 'integer', nullable: true })
  responseStatus!: number | null;

  @Column({ name: 'response_body', type: 'jsonb', nullable: true })
  responseBody!: unknown;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
