import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { DeliveryWorkerService } from './delivery-worker.service';
import { NotificationDeliveriesController } from './notification-deliveries.controller';
import { NotificationDeliveriesService } from './notification-deliveries.service';
import { NotificationSignalService } from './notification-signal.service';
import { NotificationStreamController } from './notification-stream.controller';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

/** The in-app inbox and its live stream, the delivery outbox for admins, and the worker that delivers it. */
@Module({
  imports: [AuthModule],
  controllers: [NotificationsController, NotificationStreamController, NotificationDeliveriesController],
  providers: [NotificationsService, NotificationDeliveriesService, DeliveryWorkerService, NotificationSignalService],
  exports: [DeliveryWorkerService],
})
export class NotificationsModule {}
