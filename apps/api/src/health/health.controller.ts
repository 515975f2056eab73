import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { HealthResponse } from '@liucheng/contracts';
import { ApiError } from '../common/api-error';
import { Public } from '../auth/public.decorator';
import { HealthService } from './health.service';

/** 503 with `code: 'database-unavailable'` and `Retry-After` (added by the error filter). */
function databaseDown(message: string): ApiError {
  return new ApiError(503, message, { db: 'down', reason: 'database-unavailable' });
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly probes: HealthService) {}

  /** `{status: 'ok', db: 'up'}`, or 503 `{details: {db: 'down'}}` when the database does not answer. */
  @Public()
  @Get()
  async health(): Promise<HealthResponse> {
    if (!(await this.probes.databaseUp())) throw databaseDown('Database is down');
    return { status: 'ok', db: 'up' };
  }

  /** Liveness: the process answers HTTP. Touches nothing else, so a database outage never fails it. */
  @Public()
  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Readiness (load balancers, compose): migrations done and the database reachable, else 503. */
  @Public()
  @Get('ready')
  async ready(): Promise<HealthResponse> {
    if (!(await this.probes.ready())) throw databaseDown('Not ready: the database is unreachable or not migrated');
    return { status: 'ok', db: 'up' };
  }
}
