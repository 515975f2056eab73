import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { InstanceTimerList } from '@liucheng/contracts';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { UuidPipe } from '../common/uuid.pipe';
import { InstanceAccessService } from '../instances/instance-access.service';
import { UsePolicy } from '../policies/policy.decorator';
import { TimerIncidentsService } from './timer-incidents.service';

@ApiTags('instances')
@ApiBearerAuth()
@Controller('instances')
export class InstanceTimersController {
  constructor(
    private readonly incidents: TimerIncidentsService,
    private readonly access: InstanceAccessService,
  ) {}

  @Get(':id/timers')
  @UsePolicy('signedIn')
  @ApiOkResponse({
    description:
      '{items: InstanceTimer[]}: scheduled and failed timers with due time, attempts and last error; 403 for a user who may not read the instance',
  })
  async list(@Param('id', UuidPipe) id: string, @CurrentUser() user: AuthenticatedUser): Promise<InstanceTimerList> {
    await this.access.assertReadable(user, id);
    return this.incidents.instanceTimers(id);
  }
}
