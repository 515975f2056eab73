import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { queryDigits } from '../../common/query-digits';

/** `GET /api/instances/:id/history`: entries after seq `after` (default 0), at most `limit` (1–1000; absent: all). */
export class HistoryQuery {
  @ApiPropertyOptional({ minimum: 0, default: 0 })
  @IsOptional()
  @Transform(queryDigits)
  @IsInt({ message: 'after must be a non-negative integer' })
  @Min(0, { message: 'after must be a non-negative integer' })
  @Max(2_147_483_647, { message: 'after must be at most 2147483647' })
  after?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 1000 })
  @IsOptional()
  @Transform(queryDigits)
  @IsInt({ message: 'limit must be an integer from 1 to 1000' })
  @Min(1, { message: 'limit must be an integer from 1 to 1000' })
  @Max(1000, { message: 'limit must be an integer from 1 to 1000' })
  limit?: number;
}
