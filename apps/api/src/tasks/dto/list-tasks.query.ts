import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { InboxFilterQuery } from '../../common/inbox-filter.query';
import type { TaskScope, TaskSort } from '@liucheng/contracts';

/** `GET /api/tasks`: scope, status and sort plus the inbox search. */
export class ListTasksQuery extends InboxFilterQuery {
  @ApiPropertyOptional({
    enum: ['mine', 'candidate', 'all'],
    default: 'mine',
    description:
      'mine: assigned to or completed by me; candidate: open, unclaimed, one of my roles; all: leader, auditor, admin',
  })
  @IsOptional()
  @IsIn(['mine', 'candidate', 'all'])
  scope?: TaskScope;

  @ApiPropertyOptional({ enum: ['open', 'done', 'cancelled'] })
  @IsOptional()
  @IsIn(['open', 'done', 'cancelled'])
  status?: string;

  @ApiPropertyOptional({
    enum: ['created', 'due'],
    default: 'created',
    description: 'created: newest first; due: soonest due first, tasks without a due time last',
  })
  @IsOptional()
  @IsIn(['created', 'due'])
  sort?: TaskSort;
}
