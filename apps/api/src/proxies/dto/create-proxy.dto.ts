import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsDateTimeWithOffset } from './date-time';

/** `POST /api/users/:username/proxies`. */
export class CreateProxyDto {
  @ApiProperty({ description: 'Username of the proxy (代理人): active, not the principal, not an auditor' })
  @IsString()
  @MaxLength(100)
  proxy!: string;

  @ApiProperty({ example: '2026-12-01T00:00:00+08:00', description: 'First instant of the range (inclusive)' })
  @IsDateTimeWithOffset('startsAt')
  startsAt!: string;

  @ApiProperty({ example: '2026-12-08T00:00:00+08:00', description: 'End of the range (exclusive), in the future' })
  @IsDateTimeWithOffset('endsAt')
  endsAt!: string;

  @ApiPropertyOptional({ maxLength: 500, description: 'Why (出差, 休假 …)' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}
