import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** The inbox search shared by `GET /api/tasks`, `/api/instances` and `/api/cc` (all about the instance). */
export class InboxFilterQuery {
  @ApiPropertyOptional({ description: 'the process (definition key)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  definitionKey?: string;

  @ApiPropertyOptional({ description: "the instance's starter (username)" })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  startedBy?: string;

  @ApiPropertyOptional({ description: 'started on or after this day (yyyy-MM-dd, Asia/Shanghai)' })
  @IsOptional()
  @Matches(DAY, { message: 'from must be a day yyyy-MM-dd' })
  from?: string;

  @ApiPropertyOptional({ description: 'started on or before this day (yyyy-MM-dd, Asia/Shanghai)' })
  @IsOptional()
  @Matches(DAY, { message: 'to must be a day yyyy-MM-dd' })
  to?: string;

  @ApiPropertyOptional({ description: 'the business key, exactly' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  businessKey?: string;
}
