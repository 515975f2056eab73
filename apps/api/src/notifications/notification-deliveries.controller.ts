import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { NotificationDeliveryList } from '@liucheng/contracts';
import { UsePolicy } from '../policies/policy.decorator';
import { ListDeliveriesQuery } from './dto/list-deliveries.query';
import { NotificationDeliveriesService } from './notification-deliveries.service';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('admin/notification-deliveries')
export class NotificationDeliveriesController {
  constructor(private readonly deliveries: NotificationDeliveriesService) {}

  @Get()
  @UsePolicy('readDeliveries')
  @ApiOkResponse({
    description: '{items: NotificationDelivery[], nextCursor} (admin): the webhook/email outbox, newest first',
  })
  list(@Query() query: ListDeliveriesQuery): Promise<NotificationDeliveryList> {
    return this.deliveries.list(query);
  }
}
