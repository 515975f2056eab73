import { Module } from '@nestjs/common';
import { DeliveryWorkerService } from './delivery-worker.service';
import { NotificationDeliveriesController } from './notification-deliveries.controller';
import { NotificationDeliveriesService } from './notification-deliveries.service';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

/** The in-app inbox, the delivery outbox for admins, and the worker that delivers it. */
@Module({
  controllers: [NotificationsController, NotificationDeliveriesController],
  providers: [NotificationsService, NotificationDeliveriesService, DeliveryWorkerService],
  exports: [DeliveryWorkerService],
})
export class NotificationsModule {}
