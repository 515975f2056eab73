import { Module } from '@nestjs/common';
import { ApprovalActionsController } from '../approvals/approval-actions.controller';
import { ApprovalActionsService } from '../approvals/approval-actions.service';
import { DefinitionsModule } from '../definitions/definitions.module';
import { GroupCommitController } from '../group-commit/group-commit.controller';
import { GroupCommitService } from '../group-commit/group-commit.service';
import { IdempotencyCleanupService } from '../idempotency/idempotency-cleanup.service';
import { TasksController } from '../tasks/tasks.controller';
import { TasksService } from '../tasks/tasks.service';
import { InstanceTimersController } from '../timers/instance-timers.controller';
import { TimerDrainService } from '../timers/timer-drain.service';
import { TimerIncidentsController } from '../timers/timer-incidents.controller';
import { TimerIncidentsService } from '../timers/timer-incidents.service';
import { TimerWorkerService } from '../timers/timer-worker.service';
import { TimersService } from '../timers/timers.service';
import { EventPathService } from './event-path.service';
import { HiddenFieldsService } from './hidden-fields.service';
import { HistoryService } from './history.service';
import { InstanceAccessService } from './instance-access.service';
import { InstancesController } from './instances.controller';
import { InstancesService } from './instances.service';

/** Instances, their tasks and timers: everything that goes through the event path. */
@Module({
  imports: [DefinitionsModule],
  controllers: [
    InstancesController,
    TasksController,
    ApprovalActionsController,
    InstanceTimersController,
    TimerIncidentsController,
    GroupCommitController,
  ],
  providers: [
    EventPathService,
    InstancesService,
    HistoryService,
    InstanceAccessService,
    HiddenFieldsService,
    TasksService,
    ApprovalActionsService,
    TimersService,
    TimerDrainService,
    TimerWorkerService,
    TimerIncidentsService,
    IdempotencyCleanupService,
    GroupCommitService,
  ],
  exports: [EventPathService, TimersService, HistoryService],
})
export class InstancesModule {}
