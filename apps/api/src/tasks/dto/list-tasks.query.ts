import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import type { TaskScope } from '@liucheng/contracts';

export class ListTasksQuery {
  @ApiPropertyOptional({ enum: ['mine', 'candidate', 'all'], default: 'mine' })
  @IsOptional()
  @IsIn(['mine', 'candidate', 'all'])
  scope?: TaskScope;

  @ApiPropertyOptional({ enum: ['open', 'done', 'cancelled'] })
  @IsOptional()
  @IsIn(['open', 'done', 'cancelled'])
  status?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  definitionKey?: string;
}
