import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Min } from 'class-validator';

export class ReplayQuery {
  @ApiPropertyOptional({ minimum: 1, description: 'History entry; the latest when absent' })
  @IsOptional()
  // Strictly digits: "1.5", "abc" and "-1" stay invalid instead of being coerced.
  @Transform(({ value }) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value))
  @IsInt({ message: 'seq must be a positive integer' })
  @Min(1, { message: 'seq must be a positive integer' })
  seq?: number;
}
