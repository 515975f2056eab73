import { ApiProperty } from '@nestjs/swagger';
import { IsString } from 'class-validator';

/** `GET /api/calendars/:key/days?from&to`: at most 366 days, checked by the service. */
export class CalendarDaysQuery {
  @ApiProperty({ example: '2026-10-01' })
  @IsString()
  from!: string;

  @ApiProperty({ example: '2026-10-31' })
  @IsString()
  to!: string;
}
