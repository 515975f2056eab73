import { Module } from '@nestjs/common';
import { HealthController } from './health.controller';
import { HealthService } from './health.service';

/** `/api/health` (database up?), `/api/health/live` (process answers), `/api/health/ready`. */
@Module({ controllers: [HealthController], providers: [HealthService] })
export class HealthModule {}
