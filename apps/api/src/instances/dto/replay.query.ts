import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { queryDigits } from '../../common/query-digits';

export class ReplayQuery {
  @ApiPropertyOptional({ minimum: 1, description: 'History entry; the latest when absent' })
  @IsOptional()
  // Strictly digits: "1.5", "abc" and "-1" stay invalid instead of being coerced.
  @Transform(queryDigits)
  @IsInt({ message: 'seq must be a positive integer' })
  @Min(1, { message: 'seq must be a positive integer' })
  // The column is int4: a larger number is no history entry, not a database range error.
  @Max(2_147_483_647, { message: 'seq must be at most 2147483647' })
  seq?: number;
}
