import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { DeliveryChannel, DeliveryStatus } from '@liucheng/contracts';
import { PageQuery } from '../../common/page.query';

/** `GET /api/admin/notification-deliveries`: the outbox, newest first. */
export class ListDeliveriesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['pending', 'delivered', 'failed'] })
  @IsOptional()
  @IsIn(['pending', 'delivered', 'failed'])
  status?: DeliveryStatus;

  @ApiPropertyOptional({ enum: ['webhook', 'email'] })
  @IsOptional()
  @IsIn(['webhook', 'email'])
  channel?: DeliveryChannel;
}
