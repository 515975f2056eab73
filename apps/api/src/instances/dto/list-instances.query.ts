import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { InboxFilterQuery } from '../../common/inbox-filter.query';
import { PageQuery } from '../../common/page.query';

/** `GET /api/instances`: the inbox search plus status and paging. */
export class ListInstancesQuery extends IntersectionType(InboxFilterQuery, PageQuery) {
  @ApiPropertyOptional({ enum: ['running', 'done', 'failed', 'cancelled'] })
  @IsOptional()
  @IsIn(['running', 'done', 'failed', 'cancelled'])
  status?: string;
}
