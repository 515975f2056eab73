import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { DeliveryChannel, DeliveryStatus } from '@liucheng/contracts';

/** `GET /api/admin/notification-deliveries`: the outbox, newest first. */
export class ListDeliveriesQuery {
  @ApiPropertyOptional({ enum: ['pending', 'delivered', 'failed'] })
  @IsOptional()
  @IsIn(['pending', 'delivered', 'failed'])
  status?: DeliveryStatus;

  @ApiPropertyOptional({ enum: ['webhook', 'email'] })
  @IsOptional()
  @IsIn(['webhook', 'email'])
  channel?: DeliveryChannel;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}
