import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_OPTIONS, type AppOptions } from '../app/app-options';
import { HourlyPurgeJob } from '../common/hourly-purge.job';

/** The HTTP contract (docs/http-api.md) promises keys for at least 24 hours; they are dropped after 48. */
@Injectable()
export class IdempotencyCleanupService extends HourlyPurgeJob {
  constructor(dataSource: DataSource, @Inject(APP_OPTIONS) options: AppOptions) {
    super(dataSource, options, {
      name: 'IdempotencyCleanup',
      keepHours: 48,
      deleteSql: `DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(hours => $1)`,
    });
  }
}
