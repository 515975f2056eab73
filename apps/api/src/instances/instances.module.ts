import { Module } from '@nestjs/common';
import { DefinitionsModule } from '../definitions/definitions.module';
import { IdempotencyCleanupService } from '../idempotency/idempotency-cleanup.service';
import { TasksController } from '../tasks/tasks.controller';
import { TasksService } from '../tasks/tasks.service';
import { TimerWorkerService } from '../timers/timer-worker.service';
import { TimersService } from '../timers/timers.service';
import { EventPathService } from './event-path.service';
import { HistoryService } from './history.service';
import { InstanceAccessService } from './instance-access.service';
import { InstancesController } from './instances.controller';
import { InstancesService } from './instances.service';

/** Instances, their tasks and timers: everything that goes through the event path. */
@Module({
  imports: [DefinitionsModule],
  controllers: [InstancesController, TasksController],
  providers: [
    EventPathService,
    InstancesService,
    HistoryService,
    InstanceAccessService,
    TasksService,
    TimersService,
    TimerWorkerService,
    IdempotencyCleanupService,
  ],
  exports: [EventPathService, TimersService],
})
export class InstancesModule {}
