import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { InstanceTimer, TimerIncidentList } from '@liucheng/contracts';
import { UuidPipe } from '../common/uuid.pipe';
import { UsePolicy } from '../policies/policy.decorator';
import { TimerIncidentsService } from './timer-incidents.service';

@ApiTags('timers')
@ApiBearerAuth()
@Controller('admin/timer-incidents')
export class TimerIncidentsController {
  constructor(private readonly incidents: TimerIncidentsService) {}

  @Get()
  @UsePolicy('readTimerIncidents')
  @ApiOkResponse({
    description:
      '{items: TimerIncident[] (kind failed | retrying | overdue), lagMs, overdueAfterMs, worker} (admin, auditor); worker = the answering process',
  })
  list(): Promise<TimerIncidentList> {
    return this.incidents.incidents();
  }

  @Post(':id/retry')
  @UsePolicy('retryTimers')
  @HttpCode(200)
  @ApiOkResponse({
    description:
      'InstanceTimer, scheduled now with a fresh attempt count (admin); 404 unknown id; 409 details.reason not-an-incident',
  })
  retry(@Param('id', UuidPipe) id: string): Promise<InstanceTimer> {
    return this.incidents.retry(id);
  }
}
