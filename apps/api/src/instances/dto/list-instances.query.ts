import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { InboxFilterQuery } from '../../common/inbox-filter.query';
import { queryDigits } from '../../common/query-digits';
import { PageQuery } from '../../common/page.query';
import { FIELD_OPERATORS } from '../instance-field-filter';

/**
 * `GET /api/instances`: the inbox search plus status, version, participant, one data-field
 * comparison and paging. `field`/`op`/`value` are checked by instance-field-filter.ts (codes per parameter).
 */
export class ListInstancesQuery extends IntersectionType(InboxFilterQuery, PageQuery) {
  @ApiPropertyOptional({ enum: ['running', 'done', 'failed', 'cancelled'] })
  @IsOptional()
  @IsIn(['running', 'done', 'failed', 'cancelled'])
  status?: string;

  @ApiPropertyOptional({ minimum: 1, description: 'the definition version the instance runs on' })
  @IsOptional()
  // Strictly digits: "1.5" and "-1" stay invalid instead of being coerced.
  @Transform(queryDigits)
  @IsInt({ message: 'definitionVersion must be a positive integer' })
  @Min(1, { message: 'definitionVersion must be a positive integer' })
  @Max(2_147_483_647, { message: 'definitionVersion must be at most 2147483647' })
  definitionVersion?: number;

  @ApiPropertyOptional({ description: 'a username who started it, acted in its history or has/had a task on it' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  participant?: string;

  @ApiPropertyOptional({ description: 'a dotted context path to compare, e.g. amount' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  field?: string;

  @ApiPropertyOptional({ enum: FIELD_OPERATORS, description: 'how field compares to value (default eq)' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  op?: string;

  @ApiPropertyOptional({ description: 'the value to compare with (a number for gt/gte/lt/lte)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  value?: string;
}
