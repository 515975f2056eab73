import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const LEDGER_GROUPS = ['person', 'department', 'month'] as const;
export const LEDGER_QUERY_KINDS = ['fine', 'points', 'penalty'] as const;
export const LEDGER_FORMATS = ['json', 'csv'] as const;
export const LEDGER_LANGUAGES = ['zh-CN', 'en'] as const;

/** A ledger search: entries recorded between two Shanghai days (both inclusive), grouped one way. */
export class LedgerQuery {
  @ApiPropertyOptional({ description: 'recorded on or after this day (yyyy-MM-dd, Asia/Shanghai)' })
  @IsOptional()
  @Matches(DAY, { message: 'from must be a day yyyy-MM-dd' })
  from?: string;

  @ApiPropertyOptional({ description: 'recorded on or before this day (yyyy-MM-dd, Asia/Shanghai)' })
  @IsOptional()
  @Matches(DAY, { message: 'to must be a day yyyy-MM-dd' })
  to?: string;

  @ApiPropertyOptional({ enum: LEDGER_GROUPS, default: 'person' })
  @IsOptional()
  @IsIn(LEDGER_GROUPS)
  groupBy?: (typeof LEDGER_GROUPS)[number];

  @ApiPropertyOptional({ enum: LEDGER_QUERY_KINDS, description: 'only this kind; every kind when absent' })
  @IsOptional()
  @IsIn(LEDGER_QUERY_KINDS)
  kind?: (typeof LEDGER_QUERY_KINDS)[number];

  @ApiPropertyOptional({ enum: LEDGER_FORMATS, default: 'json' })
  @IsOptional()
  @IsIn(LEDGER_FORMATS)
  format?: (typeof LEDGER_FORMATS)[number];

  @ApiPropertyOptional({ enum: LEDGER_LANGUAGES, default: 'zh-CN', description: 'language of the CSV' })
  @IsOptional()
  @IsIn(LEDGER_LANGUAGES)
  lang?: (typeof LEDGER_LANGUAGES)[number];
}
