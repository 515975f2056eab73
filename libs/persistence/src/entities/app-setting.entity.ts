import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Process-wide settings several api processes must agree on (e.g. the generated JWT secret). */
@Entity({ name: 'app_settings' })
export class AppSettingEntity {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  key!: string;

  @Column({ type: 'text' })
  value!: string;
}
