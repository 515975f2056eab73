import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsIn, IsObject, IsOptional, ValidateNested } from 'class-validator';
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
}
