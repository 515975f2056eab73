import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { ScheduleList, ScheduleRunList, ScheduleRunNow, ScheduleSummary } from '@liucheng/contracts';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { DefinitionKeyPipe } from '../common/definition-key.pipe';
import { UsePolicy } from '../policies/policy.decorator';
import { SchedulesService } from './schedules.service';

@ApiTags('schedules')
@ApiBearerAuth()
@Controller('schedules')
export class SchedulesController {
  constructor(private readonly schedules: SchedulesService) {}

  @Get()
  @UsePolicy('signedIn')
  @ApiOkResponse({
    description: '{items: ScheduleSummary[]}: schedules of published definitions with their next occurrences',
  })
  list(): Promise<ScheduleList> {
    return this.schedules.list();
  }

  @Get(':key')
  @UsePolicy('signedIn')
  @ApiOkResponse({
    description: '{items: ScheduleSummary[]}: the schedules of one definition (empty when it has none)',
  })
  listOf(@Param('key', DefinitionKeyPipe) key: string): Promise<ScheduleList> {
    return this.schedules.list(key);
  }

  @Post(':key/:schedule/pause')
  @UsePolicy('manageSchedules')
  @HttpCode(200)
  @ApiOkResponse({ description: 'ScheduleSummary, paused (owner, admin); 404 unknown definition or schedule' })
  pause(
    @Param('key', DefinitionKeyPipe) key: string,
    @Param('schedule') schedule: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ScheduleSummary> {
    return this.schedules.pause(key, schedule, user.username);
  }

  @Post(':key/:schedule/resume')
  @UsePolicy('manageSchedules')
  @HttpCode(200)
  @ApiOkResponse({
    description: 'ScheduleSummary, running again from now: occurrences while paused are skipped (owner, admin)',
  })
  resume(@Param('key', DefinitionKeyPipe) key: string, @Param('schedule') schedule: string): Promise<ScheduleSummary> {
    return this.schedules.resume(key, schedule);
  }

  @Post(':key/:schedule/run')
  @UsePolicy('manageSchedules')
  @HttpCode(200)
  @ApiOkResponse({
    description: 'ScheduleRunNow {occurrenceAt, items: ScheduleRun[]}: one occurrence now for everyone (owner, admin)',
  })
  run(
    @Param('key', DefinitionKeyPipe) key: string,
    @Param('schedule') schedule: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ScheduleRunNow> {
    return this.schedules.runNow(key, schedule, user.username);
  }

  @Get(':key/:schedule/runs')
  @UsePolicy('readScheduleRuns')
  @ApiOkResponse({
    description: '{items: ScheduleRun[]}: the last 100 runs, newest occurrence first (owner, auditor, admin)',
  })
  runs(@Param('key', DefinitionKeyPipe) key: string, @Param('schedule') schedule: string): Promise<ScheduleRunList> {
    return this.schedules.runs(key, schedule);
  }
}
