import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_OPTIONS, type AppOptions } from '../app/app-options';
import { HourlyPurgeJob } from '../common/hourly-purge.job';

/** Deletes uploads that no event referenced within a day. */
@Injectable()
export class AttachmentCleanupService extends HourlyPurgeJob {
  constructor(dataSource: DataSource, @Inject(APP_OPTIONS) options: AppOptions) {
    super(dataSource, options, {
      name: 'AttachmentCleanup',
      keepHours: 24,
      deleteSql: `DELETE FROM attachments WHERE instance_id IS NULL AND created_at < now() - make_interval(hours => $1)`,
    });
  }
}
