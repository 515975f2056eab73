import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

/** The month of a 100-point assessment report. */
export class AssessmentQuery {
  @ApiProperty({ description: 'the month, yyyy-MM (Asia/Shanghai)', example: '2026-03' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month must be a month yyyy-MM' })
  month!: string;
}
