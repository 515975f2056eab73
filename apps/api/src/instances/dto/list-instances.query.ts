import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { InboxFilterQuery } from '../../common/inbox-filter.query';

/** `GET /api/instances`: the inbox search plus status and paging. */
export class ListInstancesQuery extends InboxFilterQuery {
  @ApiPropertyOptional({ enum: ['running', 'done', 'failed', 'cancelled'] })
  @IsOptional()
  @IsIn(['running', 'done', 'failed', 'cancelled'])
  status?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}
