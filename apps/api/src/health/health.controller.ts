import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import type { HealthResponse } from '@liucheng/contracts';
import { ApiError } from '../common/api-error';
import { Public } from '../auth/public.decorator';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  /** `{status: 'ok', db: 'up'}`, or 503 when the database does not answer. */
  @Public()
  @Get()
  async health(): Promise<HealthResponse> {
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      throw new ApiError(503, 'Database is down', { db: 'down' });
    }
    return { status: 'ok', db: 'up' };
  }
}
