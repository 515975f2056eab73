import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'users' })
export class UserEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'varchar', length: 100, unique: true })
  username!: string;

  /** The name shown in Chinese (and wherever no English name is set). */
  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  @Column({ name: 'display_name_en', type: 'text', nullable: true })
  displayNameEn!: string | null;

  /** argon2id; never leaves the server. */
  @Column({ name: 'password_hash', type: 'text' })
  passwordHash!: string;

  /** A deactivated user cannot sign in; their history stays. */
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ type: 'varchar', length: 100, nullable: true })
  department!: string | null;

  @Column({ name: 'manager_id', type: 'uuid', nullable: true })
  managerId!: string | null;

  /** Carried in the token as `tv`; bumping it revokes every token issued before. */
  @Column({ name: 'token_version', type: 'integer', default: 0 })
  tokenVersion!: number;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
