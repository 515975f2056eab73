import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsDateTimeWithOffset } from './date-time';

/** `GET /api/proxies`: the ranges holding at one instant. */
export class ListProxiesQuery {
  @ApiPropertyOptional({ example: '2026-12-03T09:00:00+08:00', description: 'Default: now' })
  @IsOptional()
  @IsDateTimeWithOffset('activeAt')
  activeAt?: string;
}
