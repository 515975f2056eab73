import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import type { WeekdayKey, WorkingPeriodContract } from '@liucheng/contracts';
import { LocalizedNameDto } from '../../org/dto/localized-name.dto';

/** `PUT /api/calendars/:key`: the week's periods are checked by the engine (`weekProblems`). */
export class PutCalendarDto {
  @ApiProperty({ type: LocalizedNameDto })
  @IsObject()
  @ValidateNested()
  @Type(() => LocalizedNameDto)
  name!: LocalizedNameDto;

  @ApiProperty({
    description: 'Per weekday mon…sun a list of {start, end} HH:mm periods (Beijing time); [] is a rest day',
    example: { mon: [{ start: '08:00', end: '17:00' }], sat: [], sun: [] },
  })
  @IsObject()
  week!: Record<WeekdayKey, WorkingPeriodContract[]>;

  @ApiProperty({ enum: ['cn-mainland', 'none'], description: "Mainland China's public holidays and 调休, or none" })
  @IsIn(['cn-mainland', 'none'])
  publicHolidays!: 'cn-mainland' | 'none';

  @ApiPropertyOptional({ nullable: true, description: "Hours of a make-up working day (调休); Monday's when absent" })
  @IsOptional()
  @IsArray()
  makeUpDayPeriods?: WorkingPeriodContract[] | null;

  @ApiPropertyOptional({
    type: [Number],
    description:
      'Years past the public-holiday data whose holidays (closures) and 调休 (extra days) the admin entered and declares complete; kept when absent',
    example: [2027],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(2000, { each: true })
  @Max(2100, { each: true })
  declaredYears?: number[];
}
