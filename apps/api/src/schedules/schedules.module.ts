import { Module } from '@nestjs/common';
import { APP_OPTIONS, type AppOptions } from '../app/app-options';
import { InstancesModule } from '../instances/instances.module';
import { chinaCalendar, SCHEDULE_CALENDAR } from './schedule-calendar';
import { ScheduleRunnerService } from './schedule-runner.service';
import { ScheduleWorkerService } from './schedule-worker.service';
import { SchedulesController } from './schedules.controller';
import { SchedulesService } from './schedules.service';

/** Scheduled starts: the worker and the routes to list, pause, resume and run schedules. */
@Module({
  imports: [InstancesModule],
  controllers: [SchedulesController],
  providers: [
    {
      provide: SCHEDULE_CALENDAR,
      useFactory: (options: AppOptions) => options.schedules?.calendar ?? chinaCalendar,
      inject: [APP_OPTIONS],
    },
    ScheduleRunnerService,
    ScheduleWorkerService,
    SchedulesService,
  ],
  exports: [ScheduleRunnerService, SchedulesService],
})
export class SchedulesModule {}
