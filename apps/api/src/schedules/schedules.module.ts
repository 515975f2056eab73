import { Module } from '@nestjs/common';
import { InstancesModule } from '../instances/instances.module';
import { ScheduleCalendarService } from './schedule-calendar';
import { ScheduleRunnerService } from './schedule-runner.service';
import { ScheduleWorkerService } from './schedule-worker.service';
import { SchedulesController } from './schedules.controller';
import { SchedulesService } from './schedules.service';

/** Scheduled starts: the worker and the routes to list, pause, resume and run schedules. */
@Module({
  imports: [InstancesModule],
  controllers: [SchedulesController],
  providers: [ScheduleCalendarService, ScheduleRunnerService, ScheduleWorkerService, SchedulesService],
  exports: [ScheduleRunnerService, SchedulesService],
})
export class SchedulesModule {}
