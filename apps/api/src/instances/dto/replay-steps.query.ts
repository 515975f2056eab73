import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { queryDigits } from '../../common/query-digits';

/** `GET /api/instances/:id/replay/steps`: entries `from` (1-based) on, at most `limit` (1–500, default 100). */
export class ReplayStepsQuery {
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Transform(queryDigits)
  @IsInt({ message: 'from must be a positive integer' })
  @Min(1, { message: 'from must be a positive integer' })
  @Max(2_147_483_647, { message: 'from must be at most 2147483647' })
  from?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 100 })
  @IsOptional()
  @Transform(queryDigits)
  @IsInt({ message: 'limit must be an integer from 1 to 500' })
  @Min(1, { message: 'limit must be an integer from 1 to 500' })
  @Max(500, { message: 'limit must be an integer from 1 to 500' })
  limit?: number;
}
