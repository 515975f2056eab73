import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

const digits = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : value;

/** `GET /api/instances/:id/replay/steps`: entries `from` (1-based) on, at most `limit` (1–500, default 100). */
export class ReplayStepsQuery {
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Transform(digits)
  @IsInt({ message: 'from must be a positive integer' })
  @Min(1, { message: 'from must be a positive integer' })
  @Max(2_147_483_647, { message: 'from must be at most 2147483647' })
  from?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 100 })
  @IsOptional()
  @Transform(digits)
  @IsInt({ message: 'limit must be an integer from 1 to 500' })
  @Min(1, { message: 'limit must be an integer from 1 to 500' })
  @Max(500, { message: 'limit must be an integer from 1 to 500' })
  limit?: number;
}
