import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { CcStatus } from '@liucheng/contracts';
import { InboxFilterQuery } from '../../common/inbox-filter.query';

/** `GET /api/cc`: copies to me, newest first, with the inbox search. */
export class ListCcQuery extends InboxFilterQuery {
  @ApiPropertyOptional({ enum: ['unread', 'read', 'all'], default: 'all' })
  @IsOptional()
  @IsIn(['unread', 'read', 'all'])
  status?: CcStatus;

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
