import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Instance } from '@liucheng/contracts';
import { CANCEL_EVENT, MOVE_EVENT } from '@liucheng/engine';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { UuidPipe } from '../common/uuid.pipe';
import { EventPathService } from '../instances/event-path.service';
import { UsePolicy } from '../policies/policy.decorator';
import { CancelInstanceDto } from './dto/cancel-instance.dto';
import { MoveInstanceDto } from './dto/move-instance.dto';

/** Operations that stay in the record: each is a history entry with its actor and reason. */
@ApiTags('instances')
@ApiBearerAuth()
@Controller('instances')
export class InstanceOperationsController {
  constructor(private readonly events: EventPathService) {}

  @Post(':id/cancel')
  @UsePolicy('operateInstances')
  @HttpCode(200)
  @ApiOkResponse({
    description: 'Instance, status cancelled; a @cancel history entry {reason} by the admin; 409 not-running (admin)',
  })
  cancel(
    @Param('id', UuidPipe) id: string,
    @Body() body: CancelInstanceDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<Instance> {
    return this.events.send(id, { type: CANCEL_EVENT, data: { reason: body.reason } }, user, {
      // The route policy admitted admins only; nothing further to decide under the lock.
      authorize: () => undefined,
      respond: ({ instance }) => instance,
    });
  }

  @Post(':id/move')
  @UsePolicy('operateInstances')
  @HttpCode(200)
  @ApiOkResponse({
    description:
      'Instance in state `to`; a @move history entry {to, reason} by the admin; 422 unknown-state naming /data/to; 409 not-running (admin)',
  })
  move(
    @Param('id', UuidPipe) id: string,
    @Body() body: MoveInstanceDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<Instance> {
    // The engine checks `to` against the instance's own definition version, under the row lock.
    return this.events.send(id, { type: MOVE_EVENT, data: { to: body.to, reason: body.reason } }, user, {
      authorize: () => undefined,
      respond: ({ instance }) => instance,
    });
  }
}
