import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { CcStatus } from '@liucheng/contracts';
import { InboxFilterQuery } from '../../common/inbox-filter.query';
import { PageQuery } from '../../common/page.query';

/** `GET /api/cc`: copies to me, newest first, with the inbox search. */
export class ListCcQuery extends IntersectionType(InboxFilterQuery, PageQuery) {
  @ApiPropertyOptional({ enum: ['unread', 'read', 'all'], default: 'all' })
  @IsOptional()
  @IsIn(['unread', 'read', 'all'])
  status?: CcStatus;
}
