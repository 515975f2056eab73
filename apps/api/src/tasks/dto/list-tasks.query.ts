import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { InboxFilterQuery } from '../../common/inbox-filter.query';
import { queryDigits } from '../../common/query-digits';
import type { TaskScope, TaskSort } from '@liucheng/contracts';

/** The largest page of `GET /api/tasks` (also its default, so a list without `limit` is whole up to it). */
export const MAX_TASK_PAGE = 500;

/** `GET /api/tasks`: scope, status and sort plus the inbox search, in keyset pages. */
export class ListTasksQuery extends InboxFilterQuery {
  @ApiPropertyOptional({
    enum: ['mine', 'candidate', 'todo', 'all'],
    default: 'mine',
    description:
      'mine: assigned to or completed by me; candidate: open, unclaimed, one of my roles; todo: open and assigned to me or claimable by me; all: leader, auditor, admin',
  })
  @IsOptional()
  @IsIn(['mine', 'candidate', 'todo', 'all'])
  scope?: TaskScope;

  @ApiPropertyOptional({ enum: ['open', 'done', 'cancelled'] })
  @IsOptional()
  @IsIn(['open', 'done', 'cancelled'])
  status?: string;

  @ApiPropertyOptional({
    enum: ['created', 'due', 'completed'],
    default: 'created',
    description:
      'created: newest first; due: soonest due first, then newest, tasks without a due time last; completed: most recently completed first',
  })
  @IsOptional()
  @IsIn(['created', 'due', 'completed'])
  sort?: TaskSort;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_TASK_PAGE, default: MAX_TASK_PAGE })
  @IsOptional()
  @Transform(queryDigits)
  @IsInt({ message: `limit must be an integer from 1 to ${MAX_TASK_PAGE}` })
  @Min(1, { message: `limit must be an integer from 1 to ${MAX_TASK_PAGE}` })
  @Max(MAX_TASK_PAGE, { message: `limit must be an integer from 1 to ${MAX_TASK_PAGE}` })
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page (same sort)' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  cursor?: string;
}
