import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { NotBlank } from '../../common/field-limits';

/** `POST /api/calendars/:key/exceptions`: the dates are checked by the engine (`rangeProblems`). */
export class CreateCalendarExceptionDto {
  @ApiProperty({ enum: ['closure', 'extra'], description: 'closure: days not worked; extra: one extra working day' })
  @IsIn(['closure', 'extra'])
  kind!: 'closure' | 'extra';

  @ApiProperty({ example: '2026-06-01', description: 'First day (yyyy-MM-dd)' })
  @IsString()
  from!: string;

  @ApiPropertyOptional({ example: '2026-06-02', description: 'A closure’s last day, inclusive; absent: one day' })
  @IsOptional()
  @IsString()
  to?: string;

  @ApiProperty({ example: '办公室搬迁' })
  @IsString()
  @MinLength(1)
  @NotBlank('reason')
  @MaxLength(200)
  reason!: string;
}
