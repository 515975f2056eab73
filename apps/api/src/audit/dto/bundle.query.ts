import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { InboxFilterQuery } from '../../common/inbox-filter.query';

export const BUNDLE_FORMATS = ['json', 'csv', 'html'] as const;
export const REPORT_LANGUAGES = ['zh-CN', 'en'] as const;
const STATUSES = ['running', 'done', 'failed', 'cancelled'] as const;

/** One instance (`instanceId`) or the instances a search finds, and the format of the export. */
export class BundleQuery extends InboxFilterQuery {
  @ApiPropertyOptional({ description: 'exactly this instance' })
  @IsOptional()
  @IsUUID(undefined, { message: 'instanceId must be a UUID' })
  instanceId?: string;

  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsIn(STATUSES)
  status?: (typeof STATUSES)[number];

  @ApiPropertyOptional({ minimum: 1, description: 'the covering checkpoint; the latest when absent' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value))
  @IsInt({ message: 'checkpoint must be a positive integer' })
  @Min(1, { message: 'checkpoint must be a positive integer' })
  @Max(2_147_483_647, { message: 'checkpoint must be at most 2147483647' })
  checkpoint?: number;

  @ApiPropertyOptional({ enum: BUNDLE_FORMATS, default: 'json' })
  @IsOptional()
  @IsIn(BUNDLE_FORMATS)
  format?: (typeof BUNDLE_FORMATS)[number];

  @ApiPropertyOptional({ enum: REPORT_LANGUAGES, default: 'zh-CN', description: 'language of the HTML report' })
  @IsOptional()
  @IsIn(REPORT_LANGUAGES)
  lang?: (typeof REPORT_LANGUAGES)[number];
}
