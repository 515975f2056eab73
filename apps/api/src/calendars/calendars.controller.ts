import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type {
  CalendarDayList,
  CalendarException,
  WorkingCalendarContract,
  WorkingCalendarList,
} from '@liucheng/contracts';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { UuidPipe } from '../common/uuid.pipe';
import { UsePolicy } from '../policies/policy.decorator';
import { CalendarsService } from './calendars.service';
import { CalendarDaysQuery } from './dto/calendar-days.query';
import { CreateCalendarExceptionDto } from './dto/create-calendar-exception.dto';
import { PutCalendarDto } from './dto/put-calendar.dto';

/** Working calendars (工作日历): the week, public holidays and 调休, company closures and extra days. */
@ApiTags('calendars')
@ApiBearerAuth()
@Controller('calendars')
export class CalendarsController {
  constructor(private readonly calendars: CalendarsService) {}

  @Get()
  @UsePolicy('signedIn')
  @ApiOkResponse({ description: '{items: WorkingCalendar[]} by key (without exceptions)' })
  list(): Promise<WorkingCalendarList> {
    return this.calendars.list();
  }

  @Get(':key')
  @UsePolicy('signedIn')
  @ApiOkResponse({ description: 'WorkingCalendar with its exceptions (closures, extra working days); 404' })
  get(@Param('key') key: string): Promise<WorkingCalendarContract> {
    return this.calendars.get(key);
  }

  @Put(':key')
  @UsePolicy('manageCalendars')
  @ApiOkResponse({
    description:
      'The created or replaced WorkingCalendar; 400 calendar-invalid-week / calendar-invalid-period naming /week/<day>/<n>',
  })
  put(
    @Param('key') key: string,
    @Body() dto: PutCalendarDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<WorkingCalendarContract> {
    return this.calendars.put(key, dto, user);
  }

  @Post(':key/exceptions')
  @UsePolicy('manageCalendars')
  @ApiCreatedResponse({ description: 'CalendarException; 400 calendar-invalid-date / calendar-invalid-range; 404' })
  addException(
    @Param('key') key: string,
    @Body() dto: CreateCalendarExceptionDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<CalendarException> {
    return this.calendars.addException(key, dto, user);
  }

  @Delete(':key/exceptions/:id')
  @UsePolicy('manageCalendars')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Removed; 404 when the calendar has no such exception' })
  removeException(
    @Param('key') key: string,
    @Param('id', UuidPipe) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<void> {
    return this.calendars.removeException(key, id, user);
  }

  @Get(':key/days')
  @UsePolicy('signedIn')
  @ApiOkResponse({
    description:
      '{key, from, to, items: CalendarDay[]}: each day working / rest / holiday / make-up / closure / extra / not-covered; at most 366 days',
  })
  days(@Param('key') key: string, @Query() query: CalendarDaysQuery): Promise<CalendarDayList> {
    return this.calendars.days(key, query.from, query.to);
  }
}
